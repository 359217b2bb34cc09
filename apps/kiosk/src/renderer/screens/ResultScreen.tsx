import { isWaitSoon } from '@hall/protocol';
import { QrCode, numberFitStyle } from '@hall/web-ui';
import { laneLabel, printTexts } from '@hall/web-ui';
import { bookingSlotText } from '@hall/web-ui';
import { resultTexts } from '../i18n/result.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';

/** The number, very large; people ahead, wait, where to wait, the status QR, and the print preview. */
export function ResultScreen() {
  const { locale, result, reset } = useFlow();
  const hall = useHall((s) => s.hall);
  if (!result) return null;
  const { ticket, peopleAhead, wait } = result.issued;
  const service = hall?.services.find((s) => s.id === ticket.serviceId);
  const lane = laneLabel(locale, ticket.lane);
  const slot = hall ? bookingSlotText(ticket, hall.timeZone) : null;

  return (
    <section className="result" aria-labelledby="result-title" data-testid="result">
      <div className="result__main">
        <h2 id="result-title" className="result__label">
          {resultTexts(locale, 'yourNumber')}
        </h2>
        <p className="result__number" data-testid="ticket-number" style={numberFitStyle(ticket.number)}>
          {ticket.number}
        </p>
        <p className="result__service">
          {service?.names[locale]}
          {lane && <span className="result__lane"> · {lane}</span>}
          {slot && (
            <span className="result__lane" data-testid="result-slot">
              {' '}
              · {printTexts(locale, 'bookedSlot', { slot })}
            </span>
          )}
        </p>
        <dl className="result__figures">
          <div>
            <dt>{resultTexts(locale, 'peopleAheadLabel')}</dt>
            <dd data-testid="people-ahead">{resultTexts(locale, 'people', { n: peopleAhead })}</dd>
          </div>
          <div>
            <dt>{resultTexts(locale, 'waitLabel')}</dt>
            <dd data-testid="wait-range">
              {isWaitSoon(wait)
                ? resultTexts(locale, 'waitSoon')
                : resultTexts(locale, 'waitRange', { low: wait.low, high: wait.high })}
            </dd>
          </div>
          {result.waitAt && (
            <div className="result__wait-at">
              <dt>{resultTexts(locale, 'waitAtLabel')}</dt>
              <dd>{result.waitAt}</dd>
            </div>
          )}
        </dl>
        {result.printed ? (
          <p className="notice notice--ok" role="status">
            {resultTexts(locale, 'takeTicket')}
          </p>
        ) : (
          <p className="notice notice--problem" role="alert" data-testid="print-failed">
            {resultTexts(locale, 'printFailed')}
          </p>
        )}
      </div>
      <div className="result__side">
        <figure className="result__qr">
          <QrCode
            text={result.statusUrl}
            label={resultTexts(locale, 'qrLabel')}
            data-testid="status-qr"
            data-url={result.statusUrl}
          />
          <figcaption>{resultTexts(locale, 'scanHint')}</figcaption>
        </figure>
        {result.previewUrl && (
          <figure className="result__preview">
            <img src={result.previewUrl} alt={resultTexts(locale, 'previewLabel')} data-testid="print-preview" />
            <figcaption>{resultTexts(locale, 'previewLabel')}</figcaption>
          </figure>
        )}
      </div>
      <button type="button" className="btn btn--primary btn--huge" onClick={reset}>
        {resultTexts(locale, 'done')}
      </button>
    </section>
  );
}
