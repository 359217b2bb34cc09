import { canRetryByHand } from '@hall/hub-client';
import { useEffect } from 'react';
import { WaitLine } from '../components/WaitLine.tsx';
import { confirmTexts } from '../i18n/confirm.ts';
import { hubErrorFallback, hubErrorTexts } from '../i18n/hub-errors.ts';
import { bookingTexts } from '../i18n/booking.ts';
import { laneTexts } from '../i18n/lane.ts';
import { openingTexts, opensText } from '../i18n/opening.ts';
import { laneLabels } from '../i18n/print.ts';
import { blockTexts } from '../i18n/status.ts';
import { formatHallClock, hallToday } from '../logic/hall-time.ts';
import { RECHECK_MS } from '../logic/issue-gate.ts';
import { closedForIssue, serviceGate } from '../logic/opening.ts';
import { common } from '../i18n/common.ts';
import { isBusy, useFlow } from '../state/flow-store.ts';
import { hubNow, useHall } from '../state/hall-store.ts';
import { takeNumber } from '../state/take-number.ts';

/**
 * The choice in full, then "take a number"; says plainly when no number can be taken, and why. A
 * service that is closed now (as the hub's figures say) offers no number but says when it opens; a
 * booking check-in is left to the hub, which knows the booking's window.
 */
export function ConfirmScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const businessDay = useHall((s) => s.businessDay);
  const clockOffset = useHall((s) => s.clockOffset);
  const { locale, serviceId, lane, bookingCode, booking, underAgeNotice, attempt, back, takeNormalTicket } = useFlow();
  const service = hall?.services.find((s) => s.id === serviceId);
  const zone = hall?.zones.find((z) => z.id === service?.zoneId);
  const status = attempt?.status;

  // Blocked (printer or hub): check again by itself every few seconds, and go on once it is fixed.
  useEffect(() => {
    if (status !== 'blocked') return;
    const timer = setTimeout(() => void takeNumber(), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [status, attempt]);

  if (!hall || !service || !attempt) return null;
  const gate = serviceGate(stats[service.id]);
  const closed = closedForIssue(lane, stats[service.id]) && (status === 'ready' || status === 'blocked');
  const clock = (ms: number) => formatHallClock(ms, hall.timeZone);
  const opens = !gate.open
    ? opensText(gate.opensAt, hallToday(businessDay, hubNow(clockOffset), hall.timeZone), hall.timeZone, locale)
    : '';
  const laneLabel = laneLabels[lane];
  const busy = isBusy(attempt);
  const failedCode = status === 'failed' ? attempt.error?.code : undefined;
  const finalRefusal = failedCode !== undefined && !canRetryByHand(failedCode);
  // The slot ended while the citizen was here: a normal ticket for the same service instead.
  const offerNormal = failedCode === 'BOOKING_MISSED' && gate.open;
  const progress =
    status === 'checking' ? confirmTexts.checking : status === 'issuing' ? confirmTexts.issuing : confirmTexts.printing;

  return (
    <section aria-labelledby="confirm-title">
      <h2 id="confirm-title" className="screen__title">
        {confirmTexts.title[locale]}
      </h2>
      {underAgeNotice && (
        <p className="notice notice--gentle" role="status">
          {laneTexts.underAge[locale]}
        </p>
      )}
      <dl className="summary">
        <dt>{confirmTexts.service[locale]}</dt>
        <dd data-testid="confirm-service">{service.names[locale]}</dd>
        <dt>{confirmTexts.zone[locale]}</dt>
        <dd>{zone?.names[locale]}</dd>
        <dt>{confirmTexts.lane[locale]}</dt>
        <dd>{laneLabel ? laneLabel[locale] : confirmTexts.normalLane[locale]}</dd>
        {lane === 'booking' && bookingCode && (
          <>
            <dt>{confirmTexts.bookingCode[locale]}</dt>
            <dd data-testid="confirm-booking-code">{bookingCode}</dd>
          </>
        )}
        {lane === 'booking' && booking && (
          <>
            <dt>{bookingTexts.slot[locale]}</dt>
            <dd data-testid="confirm-booking-slot">
              {clock(booking.slotStart)}–{clock(booking.slotEnd)}
            </dd>
            {booking.name !== null && (
              <>
                <dt>{bookingTexts.name[locale]}</dt>
                <dd>{booking.name}</dd>
              </>
            )}
          </>
        )}
        <dt>{confirmTexts.waitNow[locale]}</dt>
        <dd>
          <WaitLine figures={stats[service.id]} locale={locale} />
        </dd>
      </dl>

      {closed && (
        <div className="notice notice--problem" role="alert" data-testid="service-closed">
          <p>{openingTexts.serviceClosed[locale]}</p>
          <p>{opens}</p>
        </div>
      )}
      {!closed && status === 'blocked' && attempt.block && (
        <div className="notice notice--problem" role="alert" data-testid="issue-blocked" data-block={attempt.block}>
          <p>{blockTexts[attempt.block][locale]}</p>
          <p>{confirmTexts.notTaken[locale]}</p>
        </div>
      )}
      {status === 'failed' && attempt.error && (
        <div className="notice notice--problem" role="alert" data-testid="issue-failed" data-code={attempt.error.code}>
          <p>{(hubErrorTexts[attempt.error.code] ?? hubErrorFallback)[locale]}</p>
          {/* Refused as closed (a race at closing time): when it opens, as the figures now say. */}
          {attempt.error.code === 'SERVICE_CLOSED' && !gate.open && <p data-testid="closed-opens">{opens}</p>}
          {attempt.error.message && <p className="notice__detail">({attempt.error.message})</p>}
        </div>
      )}
      {busy && (
        <p className="notice notice--progress" role="status" aria-live="polite">
          {progress[locale]}
        </p>
      )}

      {offerNormal && (
        <button
          type="button"
          className="btn btn--primary btn--huge"
          data-testid="take-normal"
          onClick={() => takeNormalTicket(service.id)}
        >
          {bookingTexts.takeNormal[locale]}
        </button>
      )}
      {finalRefusal || closed ? (
        <button
          type="button"
          className={`btn btn--huge${offerNormal ? '' : ' btn--primary'}`}
          data-testid="go-back"
          onClick={back}
        >
          {common.back[locale]}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--primary btn--huge"
          data-testid="take-number"
          disabled={busy || status === 'blocked'}
          onClick={() => void takeNumber()}
        >
          {status === 'failed' ? confirmTexts.tryAgain[locale] : confirmTexts.take[locale]}
        </button>
      )}
    </section>
  );
}
