import { QrCode } from '@hall/web-ui';
import { bookedSlot, laneLabels } from '../i18n/print.ts';
import { bookingSlotText } from '../logic/print-job.ts';
import { resultPhrases, resultTexts } from '../i18n/result.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** The number, very large; people ahead, wait, where to wait, the status QR, and the print preview. */
export function ResultScreen() {
  const { locale, result, reset } = useFlow();
  const hall = useHall((s) => s.hall);
  if (!result) return null;
  const { ticket, peopleAhead, estimatedWaitMinutes } = result.issued;
  const service = hall?.services.find((s) => s.id === ticket.serviceId);
  const lane = laneLabels[ticket.lane];
  const slot = hall ? bookingSlotText(ticket, hall.timeZone) : null;

  return (
    <section className="result" aria-labelledby="result-title" data-testid="result">
      <div className="result__main">
        <h2 id="result-title" className="result__label">
          {resultTexts.yourNumber[locale]}
        </h2>
        <p className="result__number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="result__service">
          {service?.names[locale]}
          {lane && <span className="result__lane"> · {lane[locale]}</span>}
          {slot && (
            <span className="result__lane" data-testid="result-slot">
              {' '}
              · {bookedSlot[locale](slot)}
            </span>
          )}
        </p>
        <dl className="result__figures">
          <div>
            <dt>{resultTexts.peopleAheadLabel[locale]}</dt>
            <dd data-testid="people-ahead">{resultPhrases.people[locale](peopleAhead)}</dd>
          </div>
          <div>
            <dt>{resultTexts.waitLabel[locale]}</dt>
            <dd>{resultPhrases.minutes[locale](estimatedWaitMinutes)}</dd>
          </div>
          {result.waitAt && (
            <div className="result__wait-at">
              <dt>{resultTexts.waitAtLabel[locale]}</dt>
              <dd>{result.waitAt}</dd>
            </div>
          )}
        </dl>
        {result.printed ? (
          <p className="notice notice--ok" role="status">
            {resultTexts.takeTicket[locale]}
          </p>
        ) : (
          <p className="notice notice--problem" role="alert" data-testid="print-failed">
            {resultTexts.printFailed[locale]}
          </p>
        )}
      </div>
      <div className="result__side">
        <figure className="result__qr">
          <QrCode
            text={result.statusUrl}
            label={resultTexts.qrLabel[locale]}
            data-testid="status-qr"
            data-url={result.statusUrl}
          />
          <figcaption>{resultTexts.scanHint[locale]}</figcaption>
        </figure>
        {result.previewUrl && (
          <figure className="result__preview">
            <img src={result.previewUrl} alt={resultTexts.previewLabel[locale]} data-testid="print-preview" />
            <figcaption>{resultTexts.previewLabel[locale]}</figcaption>
          </figure>
        )}
      </div>
      <button type="button" className="btn btn--primary btn--huge" onClick={reset}>
        {resultTexts.done[locale]}
      </button>
    </section>
  );
}
