import { renderToStaticMarkup } from 'react-dom/server';
import type { CallEntry } from '../logic/hall-state.ts';
import { HALL, pt, win } from '../logic/test-fixtures.ts';
import { CallList, NowCalling, ZoneWindowsPanel } from './panels.tsx';

/** Tests only: a zone screen's calls and windows, as static markup, each showing one of `numbers`. */
export function zoneScreenMarkup(numbers: readonly string[]): string {
  const call = (number: string, window: number, at: number): CallEntry => ({
    eventId: at,
    ticketId: `2026-11-24/${number}`,
    number,
    window,
    serviceId: 'med',
    lane: 'normal',
    at,
    recall: false,
  });
  const calls = numbers.flatMap((n, i) => [call(n, 28, 10 - i), call(n, 1, 5 - i)]).slice(0, 8);
  while (calls.length < 8) calls.push(call(numbers[0] ?? 'A001', 3, -calls.length));
  const views = [1, 2, 3, 28].map((n, i) => ({
    number: n,
    config: HALL.windows.find((w) => w.number === n),
    state: win({ number: n }),
    ticket: pt({ number: numbers[i % numbers.length] ?? 'A001', state: 'called', window: n }),
  }));
  return renderToStaticMarkup(
    <main className="body">
      <div className="col col--calls">
        <NowCalling hall={HALL} call={calls[0]} hubNow={0} lang2="en" />
        <CallList hall={HALL} calls={calls} hubNow={0} lang2="en" />
      </div>
      <div className="col col--side">
        <ZoneWindowsPanel views={views} lang2="en" />
      </div>
    </main>,
  );
}
