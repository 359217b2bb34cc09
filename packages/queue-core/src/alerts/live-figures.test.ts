import { describe, expect, it } from 'vitest';
import { callNext } from '../calling.ts';
import { finishService, startService } from '../serving.ts';
import { clerk, MINUTE, otherClerk, T0, TestHall, WIN } from '../test-fixtures.ts';
import { openWindow, pauseWindow } from '../window-session.ts';
import { liveWindowsOf, liveZonesOf } from './live-figures.ts';

/**
 * The civil zone (windows 1 and 2; household 6 min, residence 10 min): window 1 serves the first household
 * ticket in 6 minutes, window 2 is on a break, two tickets still wait.
 */
function civilMorning(): TestHall {
  const h = new TestHall();
  h.issue('household', { at: T0 });
  h.issue('residence', { at: T0 + MINUTE });
  h.issue('household', { at: T0 + 2 * MINUTE });
  h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
  h.run(openWindow(h.hall, h.state, WIN.household, otherClerk, T0));
  h.run(pauseWindow(h.hall, h.state, WIN.household, 'lunch', otherClerk, T0 + 3 * MINUTE));
  h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 5 * MINUTE));
  h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 5 * MINUTE));
  h.run(finishService(h.hall, h.state, WIN.civil, clerk, T0 + 11 * MINUTE));
  return h;
}

describe('live board figures', () => {
  it('per zone, computed by hand', () => {
    const h = civilMorning();
    const zones = liveZonesOf(h.hall, h.state, T0 + 12 * MINUTE);
    expect(zones).toEqual([
      {
        zoneId: 'civil',
        waiting: 2,
        // The residence ticket, issued at 09:01, at 09:12.
        longestWaitMinutes: 11,
        windowsOpen: 1,
        windowsPaused: 1,
        windowsIdle: 1,
        servedLastHour: 1,
        // Busiest service: household and residence have one waiting each; residence, with no sample, is told
        // its configured 10 minutes with one open window (household: (6 + 2 × 6) / 3 = 6 minutes).
        estimatedWaitMinutes: 10,
      },
      {
        zoneId: 'business',
        waiting: 0,
        longestWaitMinutes: null,
        windowsOpen: 0,
        windowsPaused: 0,
        windowsIdle: 0,
        servedLastHour: 0,
        estimatedWaitMinutes: 0,
      },
      {
        zoneId: 'social',
        waiting: 0,
        longestWaitMinutes: null,
        windowsOpen: 0,
        windowsPaused: 0,
        windowsIdle: 0,
        servedLastHour: 0,
        estimatedWaitMinutes: 0,
      },
    ]);
  });

  it('counts a service in the last hour up to 60 minutes after its finish, not at 60', () => {
    const h = civilMorning();
    expect(liveZonesOf(h.hall, h.state, T0 + 71 * MINUTE - 1)[0]?.servedLastHour).toBe(1);
    expect(liveZonesOf(h.hall, h.state, T0 + 71 * MINUTE)[0]?.servedLastHour).toBe(0);
  });

  it('per window: state, since its last change, clerk, pause reason', () => {
    const h = civilMorning();
    const windows = liveWindowsOf(h.hall, h.state);
    expect(windows.map((w) => w.number)).toEqual([1, 2, 3, 4, 8, 9]);
    expect(windows.slice(0, 3)).toEqual([
      { number: 1, state: 'open', busy: false, since: T0 + 11 * MINUTE, clerkName: 'Li Na', pauseReason: null },
      { number: 2, state: 'paused', busy: false, since: T0 + 3 * MINUTE, clerkName: 'Wang Wei', pauseReason: 'lunch' },
      { number: 3, state: 'closed', busy: false, since: 0, clerkName: null, pauseReason: null },
    ]);
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 13 * MINUTE));
    expect(liveWindowsOf(h.hall, h.state)[0]).toMatchObject({ busy: true, since: T0 + 13 * MINUTE });
  });
});
