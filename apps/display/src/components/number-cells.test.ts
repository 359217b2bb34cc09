import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CallEntry } from '../logic/hall-state.ts';
import { HALL } from '../logic/test-fixtures.ts';
import { CallList, NowCalling } from './panels.tsx';

const call = (number: string, at: number): CallEntry => ({
  eventId: at,
  ticketId: `2026-11-24/${number}`,
  number,
  window: HALL.windows[0]?.number ?? 1,
  serviceId: HALL.services[0]?.id ?? '',
  lane: 'normal',
  at,
  recall: false,
});

/** The `--number-chars` each number cell of the markup carries, in order. */
const cellChars = (html: string, cls: string) =>
  [...html.matchAll(new RegExp(`class="${cls}" style="--number-chars:(\\d+)">([^<]+)<`, 'g'))].map(
    (m) => `${m[2]}:${m[1]}`,
  );

describe('the wall display number cells', () => {
  it('tell the CSS how long each number is, so A0001 and A10000 keep the width of A023', () => {
    const calls = [call('A10000', 3), call('A0001', 2), call('A023', 1)];
    const list = renderToStaticMarkup(createElement(CallList, { hall: HALL, calls, hubNow: 0, lang2: null }));
    expect(cellChars(list, 'call__number')).toEqual(['A10000:6', 'A0001:5', 'A023:4']);
    const now = renderToStaticMarkup(
      createElement(NowCalling, { hall: HALL, call: call('A1023', 1), hubNow: 1, lang2: 'en' }),
    );
    expect(cellChars(now, 'now__number')).toEqual(['A1023:5']);
    // The English line under it shows the number as printed.
    expect(now).toContain('Number A1023, please go to');
  });
});
