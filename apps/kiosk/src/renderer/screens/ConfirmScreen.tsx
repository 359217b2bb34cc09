import { canRetryByHand } from '@hall/hub-client';
import { slotRange } from '@hall/web-ui';
import { useEffect } from 'react';
import { WaitLine } from '../components/WaitLine.tsx';
import { confirmTexts } from '../i18n/confirm.ts';
import { hubErrorText } from '../i18n/hub-errors.ts';
import { bookingTexts } from '../i18n/booking.ts';
import { laneTexts } from '../i18n/lane.ts';
import { openingTexts, opensText } from '../i18n/opening.ts';
import { laneLabel as laneLabelOf } from '@hall/web-ui';
import { statusTexts } from '../i18n/status.ts';
import { hallToday } from '../logic/hall-today.ts';
import { RECHECK_MS } from '../logic/issue-gate.ts';
import { closedForIssue, serviceGate } from '../logic/opening.ts';
import { commonTexts } from '../i18n/common.ts';
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
  const opens = !gate.open
    ? opensText(gate.opensAt, hallToday(businessDay, hubNow(clockOffset), hall.timeZone), hall.timeZone, locale)
    : '';
  const laneLabel = laneLabelOf(locale, lane);
  const busy = isBusy(attempt);
  const failedCode = status === 'failed' ? attempt.error?.code : undefined;
  const finalRefusal = failedCode !== undefined && !canRetryByHand(failedCode);
  // The slot ended while the citizen was here: a normal ticket for the same service instead.
  const offerNormal = failedCode === 'BOOKING_MISSED' && gate.open;
  const progress = status === 'checking' ? 'checking' : status === 'issuing' ? 'issuing' : 'printing';

  return (
    <section aria-labelledby="confirm-title">
      <h2 id="confirm-title" className="screen__title">
        {confirmTexts(locale, 'title')}
      </h2>
      {underAgeNotice && (
        <p className="notice notice--gentle" role="status">
          {laneTexts(locale, 'underAge')}
        </p>
      )}
      <dl className="summary">
        <dt>{confirmTexts(locale, 'service')}</dt>
        <dd data-testid="confirm-service">{service.names[locale]}</dd>
        <dt>{confirmTexts(locale, 'zone')}</dt>
        <dd>{zone?.names[locale]}</dd>
        <dt>{confirmTexts(locale, 'lane')}</dt>
        <dd>{laneLabel ?? confirmTexts(locale, 'normalLane')}</dd>
        {lane === 'booking' && bookingCode && (
          <>
            <dt>{confirmTexts(locale, 'bookingCode')}</dt>
            <dd data-testid="confirm-booking-code">{bookingCode}</dd>
          </>
        )}
        {lane === 'booking' && booking && (
          <>
            <dt>{bookingTexts(locale, 'slot')}</dt>
            <dd data-testid="confirm-booking-slot">{slotRange(booking.slotStart, booking.slotEnd, hall.timeZone)}</dd>
            {booking.name !== null && (
              <>
                <dt>{bookingTexts(locale, 'name')}</dt>
                <dd>{booking.name}</dd>
              </>
            )}
          </>
        )}
        <dt>{confirmTexts(locale, 'waitNow')}</dt>
        <dd>
          <WaitLine figures={stats[service.id]} locale={locale} />
        </dd>
      </dl>

      {closed && (
        <div className="notice notice--problem" role="alert" data-testid="service-closed">
          <p>{openingTexts(locale, 'serviceClosed')}</p>
          <p>{opens}</p>
        </div>
      )}
      {!closed && status === 'blocked' && attempt.block && (
        <div className="notice notice--problem" role="alert" data-testid="issue-blocked" data-block={attempt.block}>
          <p>{statusTexts(locale, `block.${attempt.block}`)}</p>
          <p>{confirmTexts(locale, 'notTaken')}</p>
        </div>
      )}
      {status === 'failed' && attempt.error && (
        <div className="notice notice--problem" role="alert" data-testid="issue-failed" data-code={attempt.error.code}>
          <p>{hubErrorText(locale, attempt.error.code)}</p>
          {/* Refused as closed (a race at closing time): when it opens, as the figures now say. */}
          {attempt.error.code === 'SERVICE_CLOSED' && !gate.open && <p data-testid="closed-opens">{opens}</p>}
          {attempt.error.message && <p className="notice__detail">({attempt.error.message})</p>}
        </div>
      )}
      {busy && (
        <p className="notice notice--progress" role="status" aria-live="polite">
          {confirmTexts(locale, progress)}
        </p>
      )}

      {offerNormal && (
        <button
          type="button"
          className="btn btn--primary btn--huge"
          data-testid="take-normal"
          onClick={() => takeNormalTicket(service.id)}
        >
          {bookingTexts(locale, 'takeNormal')}
        </button>
      )}
      {finalRefusal || closed ? (
        <button
          type="button"
          className={`btn btn--huge${offerNormal ? '' : ' btn--primary'}`}
          data-testid="go-back"
          onClick={back}
        >
          {commonTexts(locale, 'back')}
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--primary btn--huge"
          data-testid="take-number"
          disabled={busy || status === 'blocked'}
          onClick={() => void takeNumber()}
        >
          {status === 'failed' ? confirmTexts(locale, 'tryAgain') : confirmTexts(locale, 'take')}
        </button>
      )}
    </section>
  );
}
