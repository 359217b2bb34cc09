import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import {
  averageServiceMinutes,
  estimateWaitMinutes,
  openWindowsFor,
  peopleAheadOf,
  queueStatsOf,
  recentServiceDurations,
  waitMinutesFor,
} from './estimate.ts';
import { finishService, startService, transferTicket } from './serving.ts';
import { clerk, makeHall, MINUTE, otherClerk, SECOND, T0, TestHall, unwrap, WIN } from './test-fixtures.ts';
import { openWindow, pauseWindow } from './window-session.ts';

/** Serves the next ticket at a window for `minutes` minutes, starting at `at`. */
function serveFor(h: TestHall, window: number, at: number, minutes: number): void {
  h.run(callNext(h.hall, h.state, window, clerk, at));
  h.run(startService(h.hall, h.state, window, clerk, at));
  h.run(finishService(h.hall, h.state, window, clerk, at + minutes * MINUTE));
}

describe('averageServiceMinutes', () => {
  it('uses the configured figure when nothing was served yet', () => {
    expect(averageServiceMinutes([], 9)).toBe(9);
  });

  it('blends the configured figure in with fewer than 3 samples', () => {
    expect(averageServiceMinutes([3 * MINUTE], 9)).toBe(7); // (3 + 9 + 9) / 3
    expect(averageServiceMinutes([3 * MINUTE, 6 * MINUTE], 9)).toBe(6); // (3 + 6 + 9) / 3
    // One quick service does not promise a short wait.
    expect(averageServiceMinutes([30 * SECOND], 12)).toBeCloseTo((0.5 + 24) / 3, 10);
  });

  it('uses the plain average from 3 samples on', () => {
    expect(averageServiceMinutes([3 * MINUTE, 6 * MINUTE, 9 * MINUTE], 100)).toBe(6);
    expect(averageServiceMinutes([MINUTE, MINUTE, MINUTE, 5 * MINUTE], 100)).toBe(2);
  });
});

describe('averageServiceMinutes, for any samples', () => {
  const minutesArb = fc.integer({ min: 0, max: 240 * 60 }).map((s) => s * SECOND);

  it('lies between the smallest and the largest of the samples and the configured figure', () => {
    fc.assert(
      fc.property(fc.array(minutesArb, { maxLength: 12 }), fc.integer({ min: 1, max: 240 }), (samples, configured) => {
        const avg = averageServiceMinutes(samples, configured);
        const figures = samples.map((d) => d / MINUTE);
        if (samples.length < 3) figures.push(configured);
        expect(avg).toBeGreaterThanOrEqual(Math.min(...figures) - 1e-9);
        expect(avg).toBeLessThanOrEqual(Math.max(...figures) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('estimateWaitMinutes', () => {
  it('is zero with nobody ahead', () => {
    expect(estimateWaitMinutes(0, 10, 1)).toBe(0);
    expect(estimateWaitMinutes(-1, 10, 1)).toBe(0);
  });

  it('shares the people ahead among the open windows, rounding up', () => {
    expect(estimateWaitMinutes(3, 6, 1)).toBe(18);
    expect(estimateWaitMinutes(3, 6, 2)).toBe(9);
    expect(estimateWaitMinutes(1, 6.5, 2)).toBe(4);
    expect(estimateWaitMinutes(5, 2.2, 3)).toBe(4);
  });

  it('counts no open window as one', () => {
    expect(estimateWaitMinutes(2, 5, 0)).toBe(10);
  });

  it('grows with the people ahead and shrinks with the open windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 240, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        (a, b, avg, windows) => {
          const [fewer, more] = a <= b ? [a, b] : [b, a];
          const wait = estimateWaitMinutes(more, avg, windows);
          expect(Number.isInteger(wait)).toBe(true);
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(estimateWaitMinutes(fewer, avg, windows)).toBeLessThanOrEqual(wait);
          expect(estimateWaitMinutes(more, avg, windows + 1)).toBeLessThanOrEqual(wait);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('recentServiceDurations', () => {
  it('gives the durations of finished services of one service, newest first, at most sampleSize', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    for (let i = 0; i < 4; i++) h.issue('household', { at: T0 });
    h.issue('residence', { at: T0 });
    h.issue('household', { at: T0 });
    serveFor(h, WIN.civil, T0, 2);
    serveFor(h, WIN.civil, T0 + 10 * MINUTE, 4);
    serveFor(h, WIN.civil, T0 + 20 * MINUTE, 6);
    serveFor(h, WIN.civil, T0 + 30 * MINUTE, 8);
    serveFor(h, WIN.civil, T0 + 40 * MINUTE, 30); // the residence ticket
    // One household ticket called but not finished: not a sample.
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 80 * MINUTE));
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 80 * MINUTE));
    expect(recentServiceDurations(h.state, 'household', 10)).toEqual([8, 6, 4, 2].map((m) => m * MINUTE));
    expect(recentServiceDurations(h.state, 'household', 2)).toEqual([8 * MINUTE, 6 * MINUTE]);
    expect(recentServiceDurations(h.state, 'residence', 10)).toEqual([30 * MINUTE]);
    expect(recentServiceDurations(h.state, 'license', 10)).toEqual([]);
  });

  it('never gives a negative duration when the clock stepped back during a service', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    for (let i = 0; i < 3; i++) {
      // Started at 10:00, finished at a clock that an NTP correction put back to 09:55.
      const start = T0 + (i + 1) * 60 * MINUTE;
      h.run(callNext(h.hall, h.state, WIN.household, clerk, start));
      h.run(startService(h.hall, h.state, WIN.household, clerk, start));
      h.run(finishService(h.hall, h.state, WIN.household, clerk, start - 5 * MINUTE));
    }
    for (const d of recentServiceDurations(h.state, 'household', 10)) expect(d).toBeGreaterThanOrEqual(0);
    h.issue('household', { at: T0 + 4 * 60 * MINUTE });
    expect(unwrap(h.tryIssue('household', { at: T0 + 4 * 60 * MINUTE })).estimatedWaitMinutes).toBeGreaterThanOrEqual(
      0,
    );
    for (const s of queueStatsOf(h.hall, h.state, T0)) expect(s.estimatedWaitMinutes).toBeGreaterThanOrEqual(0);
  });

  it('counts a transferred ticket under the service it was finished in, from its last start', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.business, otherClerk, T0));
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'license', note: 'n' }, clerk, T0 + 5 * MINUTE));
    h.run(callNext(h.hall, h.state, WIN.business, otherClerk, T0 + 10 * MINUTE));
    h.run(startService(h.hall, h.state, WIN.business, otherClerk, T0 + 11 * MINUTE));
    h.run(finishService(h.hall, h.state, WIN.business, otherClerk, T0 + 14 * MINUTE));
    expect(recentServiceDurations(h.state, 'license', 10)).toEqual([3 * MINUTE]);
    expect(recentServiceDurations(h.state, 'household', 10)).toEqual([]);
  });
});

describe('openWindowsFor', () => {
  it('counts open windows that serve the service in the lane; paused and closed ones do not count', () => {
    const h = new TestHall();
    expect(openWindowsFor(h.hall, h.state, 'household', 'normal')).toBe(0);
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.household, otherClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.business, otherClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.elderlyHelp, otherClerk, T0));
    expect(openWindowsFor(h.hall, h.state, 'household', 'normal')).toBe(3);
    expect(openWindowsFor(h.hall, h.state, 'household', 'elderly')).toBe(4);
    expect(openWindowsFor(h.hall, h.state, 'license', 'normal')).toBe(2);
    expect(openWindowsFor(h.hall, h.state, 'pension', 'booking')).toBe(1);
    h.run(pauseWindow(h.hall, h.state, WIN.comprehensive, 'lunch', otherClerk, T0));
    expect(openWindowsFor(h.hall, h.state, 'household', 'normal')).toBe(2);
    expect(openWindowsFor(h.hall, h.state, 'pension', 'normal')).toBe(0);
  });
});

describe('peopleAheadOf and waitMinutesFor', () => {
  it('counts only older tickets of the same service still waiting', () => {
    const h = new TestHall();
    const a1 = h.issue('household', { at: T0 });
    h.issue('residence', { at: T0 });
    const a2 = h.issue('household', { at: T0 });
    const a3 = h.issue('household', { at: T0 });
    expect(peopleAheadOf(h.hall, h.state, a1)).toBe(0);
    expect(peopleAheadOf(h.hall, h.state, a2)).toBe(1);
    expect(peopleAheadOf(h.hall, h.state, a3)).toBe(2);
  });

  it('gives no wait for an unknown service', () => {
    const h = new TestHall();
    expect(waitMinutesFor(h.hall, h.state, 'passport', 'normal', 5)).toBe(0);
  });

  it('uses the recent services once there are some', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    serveFor(h, WIN.household, T0, 2);
    serveFor(h, WIN.household, T0 + 10 * MINUTE, 4);
    serveFor(h, WIN.household, T0 + 20 * MINUTE, 6);
    // avg 4 minutes, 1 open window (window 2 serves household), 5 ahead.
    expect(waitMinutesFor(h.hall, h.state, 'household', 'normal', 5)).toBe(20);
  });
});

describe('queueStatsOf', () => {
  /** The fixture hall has no opening hours: open around the clock. */
  const ALWAYS = { open: true, opensAt: null, closesAt: null, callable: true };

  it('counts the waiting tickets of each service, elderly apart, with windows and waits', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    h.issue('household', { at: T0 }); // A001, called below
    h.issue('household', { at: T0 }); // A002
    h.issue('household', { at: T0, lane: 'elderly' }); // A003
    h.issue('residence', { at: T0 }); // B001
    h.issue('pension', { at: T0, lane: 'elderly' }); // D001
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
    expect(queueStatsOf(h.hall, h.state, T0)).toEqual([
      { serviceId: 'household', waiting: 2, waitingElderly: 1, openWindows: 2, estimatedWaitMinutes: 6, ...ALWAYS },
      { serviceId: 'residence', waiting: 1, waitingElderly: 0, openWindows: 2, estimatedWaitMinutes: 5, ...ALWAYS },
      { serviceId: 'license', waiting: 0, waitingElderly: 0, openWindows: 1, estimatedWaitMinutes: 0, ...ALWAYS },
      { serviceId: 'pension', waiting: 1, waitingElderly: 1, openWindows: 1, estimatedWaitMinutes: 8, ...ALWAYS },
    ]);
  });

  it('counts transferred tickets where they wait now, and no finished ones', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'license', note: 'n' }, clerk, T0 + MINUTE));
    serveFor(h, WIN.civil, T0 + 2 * MINUTE, 5);
    const stats = queueStatsOf(h.hall, h.state, T0);
    expect(stats.find((s) => s.serviceId === 'household')).toMatchObject({ waiting: 0, waitingElderly: 0 });
    expect(stats.find((s) => s.serviceId === 'license')).toMatchObject({
      waiting: 1,
      openWindows: 0,
      estimatedWaitMinutes: 15,
    });
  });

  it('lists every configured service, even with an empty hall', () => {
    const hall = makeHall();
    const h = new TestHall(hall);
    expect(
      queueStatsOf(hall, h.state, T0).map((s) => [s.serviceId, s.waiting, s.openWindows, s.estimatedWaitMinutes]),
    ).toEqual([
      ['household', 0, 0, 0],
      ['residence', 0, 0, 0],
      ['license', 0, 0, 0],
      ['pension', 0, 0, 0],
    ]);
  });
});
