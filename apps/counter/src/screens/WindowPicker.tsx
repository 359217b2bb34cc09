import { useState } from 'react';
import { sendCommand } from '../hub/connection.ts';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { servicesOf } from '../components/names.ts';
import { texts } from '../i18n/texts.ts';
import { useHallStore } from '../state/hall-store.ts';
import { useSession } from '../state/session-store.ts';

/** Every configured window with its services and who holds it; open one to work it. */
export function WindowPicker() {
  const { locale, hall, session, setWindow } = useSession();
  const windows = useHallStore((s) => s.data.windows);
  const busy = useHallStore((s) => s.pending.length > 0 || !s.connected);
  const [filter, setFilter] = useState('');
  if (!hall || !session) return null;
  const f = filter.trim().toLowerCase();
  const list = hall.windows.filter(
    (w) =>
      f === '' ||
      String(w.number) === f ||
      `${w.names[locale]} ${servicesOf(hall, w, locale, '')}`.toLowerCase().includes(f),
  );

  return (
    <section className="picker" aria-labelledby="picker-title" data-testid="window-picker">
      <div className="picker__head">
        <div>
          <h1 id="picker-title" className="screen__title">
            {texts(locale, 'chooseWindow')}
          </h1>
          <p className="screen__lead">{texts(locale, 'chooseWindowLead')}</p>
        </div>
        <label className="field field--inline">
          <span className="field__label">{texts(locale, 'filterWindows')}</span>
          <input value={filter} onChange={(e) => setFilter(e.target.value)} type="search" />
        </label>
      </div>
      <FailureNotice />
      <ul className="picker__grid">
        {list.map((w) => {
          const st = windows[w.number];
          const mine = st !== undefined && st.state !== 'closed' && st.clerkId === session.staff.id;
          const other = st !== undefined && st.state !== 'closed' && !mine;
          return (
            <li
              key={w.number}
              className={`window-card${other ? ' is-held' : ''}${mine ? ' is-mine' : ''}`}
              data-window={w.number}
            >
              <div className="window-card__name">{w.names[locale]}</div>
              <div className="window-card__services">
                {servicesOf(hall, w, locale, texts(locale, 'allServices'))}
                {w.lanes?.length === 1 && w.lanes[0] === 'elderly' ? ` · ${texts(locale, 'elderlyOnly')}` : ''}
              </div>
              <div className="window-card__state">
                {other ? (
                  <span className="tag tag--warn" data-testid="held-by">
                    {texts(locale, 'heldBy')}
                    {st.clerkName ?? st.clerkId}
                  </span>
                ) : st?.state === 'closed' || !st ? (
                  <span className="tag">{texts(locale, 'windowClosed')}</span>
                ) : null}
              </div>
              <button
                type="button"
                className="btn btn--primary"
                disabled={other || busy}
                aria-label={`${mine ? texts(locale, 'continueWindow') : texts(locale, 'openWindow')} ${w.names[locale]}`}
                onClick={() => {
                  if (!mine) sendCommand('open', w.number);
                  setWindow(w.number);
                }}
              >
                {mine ? texts(locale, 'continueWindow') : texts(locale, 'openWindow')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
