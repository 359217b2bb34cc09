import { useState } from 'react';
import { laneTexts } from '../i18n/lane.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';
import { IdEntry } from './IdEntry.tsx';

type Mode = 'choose' | 'id';

/** Standard queue or the elderly lane (by a tap or by ID number). Bookings check in from the start screen. */
export function LaneScreen() {
  const { locale, serviceId, chooseLane } = useFlow();
  const service = useHall((s) => s.hall?.services.find((x) => x.id === serviceId));
  const [mode, setMode] = useState<Mode>('choose');

  return (
    <section aria-labelledby="lane-title">
      <h2 id="lane-title" className="screen__title">
        {laneTexts(locale, 'title')}
      </h2>
      {service && <p className="screen__lead">{service.names[locale]}</p>}
      <div className="lane-options" role="group" aria-labelledby="lane-title">
        <button type="button" className="tile lane-tile" data-lane="normal" onClick={() => chooseLane('normal')}>
          <span className="tile__name">{laneTexts(locale, 'normal')}</span>
          <span className="tile__hint">{laneTexts(locale, 'normalHint')}</span>
        </button>
        <button
          type="button"
          className="tile lane-tile lane-tile--elderly"
          data-lane="elderly"
          onClick={() => chooseLane('elderly')}
        >
          <span className="tile__name">{laneTexts(locale, 'elderly')}</span>
          <span className="tile__hint">{laneTexts(locale, 'elderlyHint')}</span>
        </button>
        <button
          type="button"
          className={`tile lane-tile${mode === 'id' ? ' is-active' : ''}`}
          data-lane="id"
          aria-expanded={mode === 'id'}
          onClick={() => setMode(mode === 'id' ? 'choose' : 'id')}
        >
          <span className="tile__name">{laneTexts(locale, 'byId')}</span>
          <span className="tile__hint">{laneTexts(locale, 'byIdHint')}</span>
        </button>
      </div>
      {mode === 'id' && <IdEntry />}
    </section>
  );
}
