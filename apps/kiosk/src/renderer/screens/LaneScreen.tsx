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
        {laneTexts.title[locale]}
      </h2>
      {service && <p className="screen__lead">{service.names[locale]}</p>}
      <div className="lane-options" role="group" aria-labelledby="lane-title">
        <button type="button" className="tile lane-tile" data-lane="normal" onClick={() => chooseLane('normal')}>
          <span className="tile__name">{laneTexts.normal[locale]}</span>
          <span className="tile__hint">{laneTexts.normalHint[locale]}</span>
        </button>
        <button
          type="button"
          className="tile lane-tile lane-tile--elderly"
          data-lane="elderly"
          onClick={() => chooseLane('elderly')}
        >
          <span className="tile__name">{laneTexts.elderly[locale]}</span>
          <span className="tile__hint">{laneTexts.elderlyHint[locale]}</span>
        </button>
        <button
          type="button"
          className={`tile lane-tile${mode === 'id' ? ' is-active' : ''}`}
          data-lane="id"
          aria-expanded={mode === 'id'}
          onClick={() => setMode(mode === 'id' ? 'choose' : 'id')}
        >
          <span className="tile__name">{laneTexts.byId[locale]}</span>
          <span className="tile__hint">{laneTexts.byIdHint[locale]}</span>
        </button>
      </div>
      {mode === 'id' && <IdEntry />}
    </section>
  );
}
