import { useEffect } from 'react';
import { WaitLine } from '../components/WaitLine.tsx';
import { confirmTexts } from '../i18n/confirm.ts';
import { hubErrorFallback, hubErrorTexts } from '../i18n/hub-errors.ts';
import { laneTexts } from '../i18n/lane.ts';
import { laneLabels } from '../i18n/print.ts';
import { blockTexts } from '../i18n/status.ts';
import { RECHECK_MS } from '../logic/issue-gate.ts';
import { canRetryByHand } from '../logic/issue-retry.ts';
import { common } from '../i18n/common.ts';
import { isBusy, useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';
import { takeNumber } from '../state/take-number.ts';

/** The choice in full, then "take a number"; says plainly when no number can be taken, and why. */
export function ConfirmScreen() {
  const hall = useHall((s) => s.hall);
  const stats = useHall((s) => s.stats);
  const { locale, serviceId, lane, bookingCode, underAgeNotice, attempt, back } = useFlow();
  const service = hall?.services.find((s) => s.id === serviceId);
  const zone = hall?.zones.find((z) => z.id === service?.zoneId);
  const status = attempt?.status;

  // Blocked (printer or hub): check again by itself every few seconds, and go on once it is fixed.
  useEffect(() => {
    if (status !== 'blocked') return;
    const timer = setTimeout(() => void takeNumber(), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [status, attempt]);

  if (!service || !attempt) return null;
  const laneLabel = laneLabels[lane];
  const busy = isBusy(attempt);
  const finalRefusal = status === 'failed' && attempt.error !== undefined && !canRetryByHand(attempt.error.code);
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
            <dd>{bookingCode}</dd>
          </>
        )}
        <dt>{confirmTexts.waitNow[locale]}</dt>
        <dd>
          <WaitLine figures={stats[service.id]} locale={locale} />
        </dd>
      </dl>

      {status === 'blocked' && attempt.block && (
        <div className="notice notice--problem" role="alert" data-testid="issue-blocked" data-block={attempt.block}>
          <p>{blockTexts[attempt.block][locale]}</p>
          <p>{confirmTexts.notTaken[locale]}</p>
        </div>
      )}
      {status === 'failed' && attempt.error && (
        <div className="notice notice--problem" role="alert" data-testid="issue-failed" data-code={attempt.error.code}>
          <p>{(hubErrorTexts[attempt.error.code] ?? hubErrorFallback)[locale]}</p>
          {attempt.error.message && <p className="notice__detail">({attempt.error.message})</p>}
        </div>
      )}
      {busy && (
        <p className="notice notice--progress" role="status" aria-live="polite">
          {progress[locale]}
        </p>
      )}

      {finalRefusal ? (
        <button type="button" className="btn btn--primary btn--huge" data-testid="go-back" onClick={back}>
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
