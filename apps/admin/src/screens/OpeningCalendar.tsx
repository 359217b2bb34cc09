import type { HallConfig } from '@hall/protocol';
import { useState } from 'react';
import { useHubBusinessDay } from '../components/use-hub-business-day.ts';
import { texts } from '../i18n/texts.ts';
import { openingCalendar, type CalendarDay } from '../logic/opening-calendar.ts';
import { targetOf } from '../logic/own-hours-form.ts';
import { useSession } from '../state/session-store.ts';
import { TargetSelect } from './TargetSelect.tsx';

const MONTHS = 3;

/** The next three months as the kiosk will see them: open or not, and how many services in which hours. */
export function OpeningCalendar({ config }: { config: HallConfig }) {
  const locale = useSession((s) => s.locale);
  const [of, setOf] = useState('');
  const today = useHubBusinessDay();
  const target = targetOf(of);
  const serviceIds =
    target === null
      ? undefined
      : config.services
          .filter((s) => (target.kind === 'zone' ? s.zoneId === target.id : s.id === target.id))
          .map((s) => s.id);
  // Until the hub has said which day it is, no month is drawn: the PC's own date may be another.
  const months = today === null ? [] : openingCalendar(config, today, MONTHS, serviceIds);
  return (
    <section className="card calendar" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{texts(locale, 'calendar')}</h2>
      <p className="field__hint">{texts(locale, 'calendarHint')}</p>
      <div className="field">
        <label className="field__label" htmlFor="calendar-of">
          {texts(locale, 'calendarFor')}
        </label>
        <TargetSelect id="calendar-of" config={config} value={of} onChange={setOf} wholeHall />
      </div>
      <div className="calendar__months">
        {months.map((m) => {
          const cells: (CalendarDay | null)[] = [...Array<null>(m.leadingBlanks).fill(null), ...m.days];
          const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
          return (
            <table key={m.month} className="month" data-month={m.month}>
              <caption>
                {texts(locale, 'monthTitle', { year: Number(m.month.slice(0, 4)), month: Number(m.month.slice(5)) })}
              </caption>
              <thead>
                <tr>
                  {[0, 1, 2, 3, 4, 5, 6].map((d) => (
                    <th key={d} scope="col">
                      {texts(locale, `weekday.${d as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week, w) => (
                  <tr key={w}>
                    {Array.from({ length: 7 }, (_, i) => week[i] ?? null).map((day, i) =>
                      day ? <DayCell key={day.day} day={day} today={day.day === today} /> : <td key={`blank-${i}`} />,
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </section>
  );
}

function DayCell({ day, today }: { day: CalendarDay; today: boolean }) {
  const locale = useSession((s) => s.locale);
  const label =
    day.swapped && day.dayKind === 'working' ? texts(locale, 'swappedWork') : texts(locale, `day.${day.dayKind}`);
  return (
    <td
      className={`day day--${day.dayKind}${day.swapped ? ' day--swapped' : ''}`}
      data-day={day.day}
      data-kind={day.dayKind}
      aria-current={today ? 'date' : undefined}
    >
      <span className="day__n">{Number(day.day.slice(8))}</span>
      <span className="day__kind">{label}</span>
      {day.regularServices > 0 && (
        <span className="day__count">{texts(locale, 'regularCount', { n: day.regularServices })}</span>
      )}
      {day.delayServices > 0 && (
        <span className="day__count day__count--delay">{texts(locale, 'delayCount', { n: day.delayServices })}</span>
      )}
    </td>
  );
}
