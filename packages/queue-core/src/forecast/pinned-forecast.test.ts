import { describe, expect, it } from 'vitest';
import { MINUTE, T0, unwrap, type TestHall } from '../test-fixtures.ts';
import { pinnedHall, pinnedMorning, PINNED_NOW } from './pinned-queue.fixture.ts';
import { rollForward } from './roll-forward.ts';
import { forecastWait } from './wait-forecast.ts';
import type { Lane } from '@hall/protocol';

/** Minutes from `from` to each ticket's call, by number, to a thousandth of a minute. */
function callMinutes(h: TestHall, now: number, from: number, staffClosedWindows = false): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, at] of rollForward(h.hall, h.state, now, { staffClosedWindows }))
    out[h.ticket(id).number] = Math.round(((at - from) / MINUTE) * 1000) / 1000;
  return out;
}

/** The forecast of a ticket taken at `at` in the pinned hall, against the state before it was taken. */
function forecastOfNew(serviceId: string, lane: Lane, at: number, make: () => TestHall = pinnedHall) {
  const ticket = unwrap(make().tryIssue(serviceId, { at, lane })).ticket;
  const h = make();
  return forecastWait(h.hall, h.state, ticket, at);
}

// Figures worked out by the roll as it was before it was made quicker (issue 16): a quicker roll must give them all.
describe('the forecast of a fixed busy queue (pinned)', () => {
  it('calls every waiting ticket when it did', () => {
    expect(callMinutes(pinnedHall(), PINNED_NOW, PINNED_NOW)).toEqual({
      C001: 0,
      C013: 0,
      A006: 0,
      A017: 3.6,
      D004: 8,
      B001: 11.6,
      C002: 15.5,
      D001: 15.5,
      C006: 16.5,
      B013: 22.1,
      D002: 24,
      A015: 29,
      C003: 31,
      B008: 32,
      B002: 32.5,
      A007: 32.6,
      A008: 37,
      B003: 40.6,
      D003: 43,
      A009: 45,
      C004: 46.5,
      B004: 51.1,
      D005: 51.5,
      A010: 53,
      C005: 62,
      B005: 62.833,
      A011: 63.667,
      B006: 65.1,
      A012: 74.333,
      D006: 76.833,
      B007: 79.1,
      C007: 82.667,
      A013: 85,
      D007: 88.167,
      B009: 93.1,
      A014: 95.667,
      D008: 99.5,
      C008: 103.333,
      A016: 106.333,
      B010: 107.1,
      D009: 110.833,
      B011: 121.1,
      D010: 122.167,
      D011: 133.5,
      B012: 135.1,
      C009: 144.833,
      C010: 154,
      C011: 165.5,
      C012: 174.667,
      D012: 186.167,
    });
  });

  it('forecasts a new ticket in each lane as it did', () => {
    expect(forecastOfNew('household', 'normal', PINNED_NOW)).toEqual({ minutes: 117, low: 90, high: 155 });
    expect(forecastOfNew('license', 'normal', PINNED_NOW)).toEqual({ minutes: 190, low: 150, high: 250 });
    expect(forecastOfNew('pension', 'elderly', PINNED_NOW)).toEqual({ minutes: 33, low: 25, high: 45 });
    expect(forecastOfNew('residence', 'normal', PINNED_NOW)).toEqual({ minutes: 149, low: 115, high: 195 });
  });

  it('has no forecast for a ticket the day will not reach, open windows or all', () => {
    expect(forecastOfNew('license', 'normal', T0 + 440 * MINUTE)).toBeNull();
    expect(forecastOfNew('pension', 'normal', T0 + 440 * MINUTE)).toBeNull();
  });

  it('counts every window before any opens', () => {
    const at = T0 + 12 * MINUTE;
    expect(forecastOfNew('license', 'normal', at, pinnedMorning)).toEqual({ minutes: 26, low: 20, high: 35 });
    expect(callMinutes(pinnedMorning(), at, T0, true)).toEqual({
      A001: 12,
      A002: 12,
      C001: 12,
      D001: 12,
      B001: 12,
      B002: 12,
      A003: 18.5,
      D002: 20.5,
      C002: 22.5,
      B003: 25,
      C003: 27.5,
      D003: 29,
    });
  });
});
