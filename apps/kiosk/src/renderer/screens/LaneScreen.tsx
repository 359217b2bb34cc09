import { useState } from 'react';
import { laneTexts } from '../i18n/lane.ts';
import { useFlow } from '../state/flow-store.ts';
import { useHall } from '../state/hall-store.ts';
import { BookingEntry } from './BookingEntry.tsx';
import { IdEntry } from './IdEntry.tsx';

type Mode = 'choose' | 'id' | 'booking';

/** Standard queue, the elderly lane (by a tap or by ID number) or a booking check-in. */
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
        <button
          type="button"
          className={`tile lane-tile${mode === 'booking' ? ' is-active' : ''}`}
          data-lane="booking"
          aria-expanded={mode === 'booking'}
          onClick={() => setMode(mode === 'booking' ? 'choose' : 'booking')}
        >
          <span className="tile__name">{laneTexts.booking[locale]}</span>
          <span className="tile__hint">{laneTexts.bookingHint[locale]}</span>
        </button>
      </div>
      {mode === 'id' && <IdEntry />}
      {mode === 'booking' && <BookingEntry />}
    </section>
  );
}
