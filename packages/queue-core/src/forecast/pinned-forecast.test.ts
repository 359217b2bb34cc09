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
// Re-pinned once after, when the roll began to allow for tickets that come later and go ahead (overtaking.ts).
describe('the forecast of a fixed busy queue (pinned)', () => {
  it('calls every waiting ticket when it did', () => {
    expect(callMinutes(pinnedHall(), PINNED_NOW, PINNED_NOW)).toEqual({
      C001: 0,
      C013: 0,
      A006: 0,
      A017: 3.6,
      D004: 9.362,
      B001: 12.962,
      C002: 18.138,
      D001: 18.138,
      C006: 19.309,
      B013: 25.249,
      D002: 28.085,
      A015: 29,
      C003: 36.277,
      B008: 37.447,
      B002: 37.536,
      A007: 38.032,
      A008: 38.362,
      D003: 47.394,
      A009: 47.723,
      B003: 49.823,
      C004: 54.415,
      A010: 57.085,
      B004: 57.34,
      B005: 62.111,
      A011: 69.567,
      D005: 73.723,
      B006: 78.494,
      C005: 78.599,
      A012: 82.05,
      D006: 86.986,
      A013: 94.532,
      B007: 94.877,
      D007: 100.248,
      C007: 102.784,
      A014: 107.014,
      B009: 111.26,
      D008: 113.511,
      A016: 119.496,
      D009: 126.773,
      B010: 127.643,
      C008: 140.035,
      C009: 141.968,
      B011: 144.026,
      B012: 160.409,
      D010: 164.22,
      C010: 166.152,
      D011: 177.482,
      C011: 187.429,
      C012: 190.337,
      D012: 205.567,
    });
  });

  it('forecasts a new ticket in each lane as it did', () => {
    expect(forecastOfNew('household', 'normal', PINNED_NOW)).toEqual({ minutes: 132, low: 105, high: 175 });
    expect(forecastOfNew('license', 'normal', PINNED_NOW)).toEqual({ minutes: 208, low: 165, high: 275 });
    expect(forecastOfNew('pension', 'elderly', PINNED_NOW)).toEqual({ minutes: 38, low: 30, high: 50 });
    expect(forecastOfNew('residence', 'normal', PINNED_NOW)).toEqual({ minutes: 177, low: 140, high: 235 });
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
