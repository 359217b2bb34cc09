import { hallConfigSchema } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from '../calling.ts';
import { indexHall } from '../hall-index.ts';
import { finishService, startService } from '../serving.ts';
import {
  bookingAt,
  clerk,
  hallConfig,
  makeHall,
  MINUTE,
  otherClerk,
  T0,
  TestHall,
  unwrap,
  WIN,
  type PolicyInput,
} from '../test-fixtures.ts';
import { openWindow, pauseWindow } from '../window-session.ts';
import { rollForward } from './roll-forward.ts';
import { learnServiceTimes, WALK_UP_MINUTES, type ServiceTimes } from './service-times.ts';
import { forecastWait, waitRangeOf } from './wait-forecast.ts';

/** Round figures for hand-worked cases: household 6, residence 10, license 15, pension 8 minutes a call. */
const TIMES: ServiceTimes = {
  minutesOf: (id) => ({ household: 6, residence: 10, license: 15, pension: 8 })[id] ?? 1,
};

/** Minutes from T0 at which each ticket is called, by number, in the roll from T0. */
function callMinutes(h: TestHall, now = T0): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, at] of rollForward(h.hall, h.state, now, { times: TIMES }))
    out[h.ticket(id).number] = (at - T0) / MINUTE;
  return out;
}

function hallWith(policy: PolicyInput = {}): TestHall {
  return new TestHall(makeHall(policy));
}

describe('rollForward', () => {
  it('one window calls its line one service time after another', () => {
    const h = hallWith();
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    expect(callMinutes(h)).toEqual({ A001: 0, A002: 6, A003: 12 });
  });

  it('counts a comprehensive window, which takes the oldest ticket of any service', () => {
    const h = hallWith();
    h.issue('household', { at: T0 }); // A001
    h.issue('license', { at: T0 }); // C001, older than A002 and A003
    h.issue('household', { at: T0 }); // A002
    h.issue('household', { at: T0 }); // A003
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    // 2 calls A001; 8 calls C001 and is busy for 15 minutes, so A002 and A003 wait for window 2 alone.
    expect(callMinutes(h)).toEqual({ A001: 0, C001: 0, A002: 6, A003: 12 });
  });

  it('interleaves the elderly lane by the ratio rule, as call-next does', () => {
    const h = hallWith({ elderly: { rule: 'ratio', normalPerElderly: 2 } });
    for (let i = 0; i < 4; i++) h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    // Two normal calls, then the elderly ticket, then the normal line again.
    expect(callMinutes(h)).toEqual({ A001: 0, A002: 6, A005: 12, A003: 18, A004: 24 });
  });

  it('puts the elderly lane first under the strict rule', () => {
    const h = hallWith({ elderly: { rule: 'strict' } });
    for (let i = 0; i < 2; i++) h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    expect(callMinutes(h)).toEqual({ A003: 0, A001: 6, A002: 12 });
  });

  it('calls a checked-in booking once its slot falls due, not before', () => {
    const h = hallWith();
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'booking', booking: bookingAt(T0 + 10 * MINUTE) });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    // At 12 the 10:00 slot is due and goes before A003.
    expect(callMinutes(h)).toEqual({ A001: 0, A002: 6, A004: 12, A003: 18 });
  });

  it('frees a window holding a ticket once its service time since the call has passed', () => {
    const h = hallWith();
    h.issue('household', { at: T0 - 5 * MINUTE });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0 - 5 * MINUTE));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0 - 2 * MINUTE));
    h.run(startService(h.hall, h.state, WIN.household, clerk, T0 - MINUTE));
    h.issue('household', { at: T0 });
    // Called at −2, 6 minutes a call: free at 4.
    expect(callMinutes(h)).toEqual({ A002: 4 });
  });

  it('takes a paused window to be back after its break', () => {
    const h = hallWith();
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0 - 20 * MINUTE));
    h.run(pauseWindow(h.hall, h.state, WIN.household, '午休', clerk, T0 - 10 * MINUTE));
    h.issue('household', { at: T0 });
    // Paused at −10, back 30 minutes later.
    expect(callMinutes(h)).toEqual({ A001: 20 });
  });

  it('leaves closed windows out, and calls nobody when no window is open', () => {
    const h = hallWith();
    h.issue('household', { at: T0 });
    expect(callMinutes(h)).toEqual({});
    expect(rollForward(h.hall, h.state, T0, { times: TIMES, staffClosedWindows: true }).size).toBe(1);
  });

  it('calls no ticket of a service past its closing grace: the day ends without it', () => {
    // Open 09:00–17:00 (01:00–09:00 UTC), called until 17:30.
    const config = hallConfigSchema.parse({
      ...hallConfig(),
      schedule: { regular: [{ from: '09:00', to: '17:00' }] },
    });
    const h = new TestHall(indexHall(config));
    const at = T0 + 7 * 60 * MINUTE + 50 * MINUTE; // 16:50
    for (let i = 0; i < 8; i++) h.issue('household', { at });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, at));
    const called = callMinutes(h, at);
    // Calls at 16:50, 16:56, … 17:26 (7 tickets); 17:32 is past the grace, so A008 is not called today.
    expect(Object.keys(called)).toHaveLength(7);
    expect(called['A007']).toBe(7 * 60 + 50 + 36);
    expect(called['A008']).toBeUndefined();
  });

  it('stops at the ticket asked for', () => {
    const h = hallWith();
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    const id = [...h.state.tickets.values()].find((t) => t.number === 'A002')?.id;
    expect([...rollForward(h.hall, h.state, T0, { times: TIMES, until: id }).values()]).toHaveLength(2);
  });
});

describe('learnServiceTimes', () => {
  it('uses the configured average plus the walk-up before anything is finished', () => {
    const h = hallWith();
    expect(learnServiceTimes(h.hall, h.state).minutesOf('household')).toBe(6 + WALK_UP_MINUTES);
  });

  it('measures from the call to the finish, blending the configured figure in below 3 samples', () => {
    const h = hallWith();
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    const serve = (at: number, minutes: number) => {
      h.issue('household', { at });
      h.run(callNext(h.hall, h.state, WIN.household, clerk, at));
      h.run(startService(h.hall, h.state, WIN.household, clerk, at + MINUTE));
      h.run(finishService(h.hall, h.state, WIN.household, clerk, at + minutes * MINUTE));
    };
    serve(T0, 2);
    // (2 + 6.5 + 6.5) / 3
    expect(learnServiceTimes(h.hall, h.state).minutesOf('household')).toBeCloseTo(5, 10);
    serve(T0 + 10 * MINUTE, 3);
    serve(T0 + 20 * MINUTE, 4);
    expect(learnServiceTimes(h.hall, h.state).minutesOf('household')).toBeCloseTo(3, 10);
  });
});

describe('forecastWait', () => {
  it('gives a ticket being issued its place behind everyone of its line', () => {
    const h = hallWith();
    for (let i = 0; i < 2; i++) h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    const issued = unwrap(h.tryIssue('household', { at: T0 }));
    const forecast = forecastWait(h.hall, h.state, issued.ticket, T0, TIMES);
    expect(forecast).toEqual({ minutes: 12, low: 5, high: 20 });
    expect(issued.wait.minutes).toBe(13); // the learned 6.5 minutes a call: 2 × 6.5
  });

  it('counts every window as open before the windows that serve the ticket open', () => {
    const h = hallWith();
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    // Windows 1, 2 and 8 serve household: three at once, the fourth ticket after one service.
    expect(forecastWait(h.hall, h.state, unwrap(h.tryIssue('household', { at: T0 })).ticket, T0, TIMES)?.minutes).toBe(
      6,
    );
  });
});

describe('waitRangeOf', () => {
  it('rounds to steps of 5 minutes around the figure, at least one step wide', () => {
    expect(waitRangeOf(0)).toEqual({ low: 0, high: 5 });
    expect(waitRangeOf(12)).toEqual({ low: 5, high: 20 });
    expect(waitRangeOf(20)).toEqual({ low: 15, high: 30 });
    expect(waitRangeOf(34)).toEqual({ low: 25, high: 45 });
  });
});
