import type { HallAlert } from '@hall/protocol';
import { useEffect, useRef, useState } from 'react';
import { HubError } from '../components/HubError.tsx';
import { texts } from '../i18n/texts.ts';
import { alertKindText, alertSentence, alertSubjectParts, type HallNames } from '../logic/alert-labels.ts';
import { alertIds, alertsToAnnounce } from '../logic/alert-news.ts';
import { sinceText } from '../logic/live-durations.ts';
import { useLive } from '../state/live-store.ts';
import { useSession } from '../state/session-store.ts';

/**
 * The board's alerts, newest first: what, about what, raised how long ago, still going on or cleared, and
 * who acknowledged it. Each is on the board until acknowledged and cleared (the hub decides; see the
 * protocol's live-board.ts), so an acknowledged alert stays, marked, while its cause lasts.
 */
export function AlertList({ names }: { names: HallNames }) {
  const locale = useSession((s) => s.locale);
  const alerts = useLive((s) => s.board?.alerts ?? []);
  const now = useLive((s) => s.now);
  const acknowledging = useLive((s) => s.acknowledging);
  const ackError = useLive((s) => s.ackError);
  return (
    <section className="card live__alerts" aria-labelledby="live-alerts-title" data-testid="live-alerts">
      <h2 id="live-alerts-title" tabIndex={-1}>
        {texts(locale, 'live.alerts')}
        {alerts.length > 0 && <span className="count"> ({alerts.length})</span>}
      </h2>
      <HubError error={ackError} />
      {alerts.length === 0 ? (
        <p className="muted" data-testid="no-alerts">
          {texts(locale, 'live.alertsNone')}
        </p>
      ) : (
        <ul className="alerts">
          {alerts.map((a) => (
            <AlertItem key={a.id} alert={a} names={names} now={now} busy={acknowledging.has(a.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AlertItem({ alert: a, names, now, busy }: { alert: HallAlert; names: HallNames; now: number; busy: boolean }) {
  const locale = useSession((s) => s.locale);
  const cleared = a.clearedAt !== null;
  const acknowledged = a.acknowledgedAt !== null;
  const textId = `alert-${a.id}-text`;
  return (
    <li
      className={`alert ${cleared ? 'alert--cleared' : 'alert--ongoing'}`}
      // Takes focus after its button goes (acknowledged), so a keyboard user stays where they were.
      tabIndex={-1}
      data-alert={a.id}
      data-kind={a.kind}
      data-cleared={cleared ? 'true' : 'false'}
      data-acknowledged={acknowledged ? 'true' : 'false'}
    >
      {/* The mark and the words say it, not the colour alone. */}
      <span className="alert__mark" aria-hidden="true">
        {cleared ? '✓' : '!'}
      </span>
      <div className="alert__body" id={textId}>
        <p className="alert__kind">{alertKindText(locale, a.kind)}</p>
        <p className="alert__subject">{alertSubjectParts(locale, a.subject, names).join(' · ')}</p>
        <p className="alert__meta">
          <span>{texts(locale, 'live.raisedAgo', { when: sinceText(locale, a.raisedAt, now) })}</span>
          {' · '}
          <strong className="alert__state">{texts(locale, cleared ? 'live.cleared' : 'live.ongoing')}</strong>
          {' · '}
          <span>
            {acknowledged
              ? texts(locale, 'live.acknowledgedBy', { name: a.acknowledgedBy ?? '' })
              : texts(locale, 'live.notAcknowledged')}
          </span>
        </p>
      </div>
      {!acknowledged && (
        <button
          type="button"
          className="btn btn--primary"
          aria-describedby={textId}
          disabled={busy}
          data-testid="alert-acknowledge"
          onClick={() => void acknowledge(a.id)}
        >
          {texts(locale, busy ? 'live.acknowledging' : 'live.acknowledge')}
        </button>
      )}
    </li>
  );
}

/**
 * Acknowledges an alert; the button is gone then, so focus moves to the alert (still on the board while its
 * cause lasts) or, when it left the board, to the list's heading.
 */
async function acknowledge(id: string): Promise<void> {
  await useLive.getState().acknowledge(id);
  const item = [...document.querySelectorAll<HTMLElement>('li[data-alert]')].find((li) => li.dataset.alert === id);
  if (item?.querySelector('[data-testid="alert-acknowledge"]')) return;
  (item ?? document.getElementById('live-alerts-title'))?.focus();
}

/**
 * Says each new alert to screen readers, politely (it waits for what is being read): one live region, in the
 * page from the start, so its changes are announced.
 */
export function AlertAnnouncer({ names }: { names: HallNames }) {
  const locale = useSession((s) => s.locale);
  const alerts = useLive((s) => s.board?.alerts);
  const before = useRef<Set<string> | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (alerts === undefined) return;
    const fresh = alertsToAnnounce(before.current, alerts);
    before.current = alertIds(alerts);
    if (fresh.length > 0)
      setSaid(fresh.map((a) => texts(locale, 'live.announce', { detail: alertSentence(locale, a, names) })).join(' '));
    // Names and language change no alert: only a new list is announced.
  }, [alerts]);
  return (
    <div className="sr-only" role="status" aria-live="polite" data-testid="alert-announcer">
      {said}
    </div>
  );
}
