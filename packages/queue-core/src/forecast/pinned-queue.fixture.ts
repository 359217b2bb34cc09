/**
 * A fixed busy morning of the test hall, for the tests that pin the forecast's figures: changes that only make the
 * roll faster must leave every one of them as it was. Lanes, bookings, a transfer to a named window, a window
 * holding a ticket, a paused one, a closed one, a service with a break in its hours and the staff break are all in it.
 */
import { hallConfigSchema, type HallConfig, type Lane } from '@hall/protocol';
import { callNext } from '../calling.ts';
import { indexHall } from '../hall-index.ts';
import { finishService, startService, transferTicket } from '../serving.ts';
import type { Actor } from '../actor.ts';
import { bookingAt, hallConfig, MINUTE, T0, TestHall, WIN } from '../test-fixtures.ts';
import { openWindow, pauseWindow } from '../window-session.ts';

/** 10:40 on the fixture day, when the queue is looked at. */
export const PINNED_NOW = T0 + 100 * MINUTE;

const SERVICES = ['household', 'residence', 'license', 'pension'] as const;

/** One clerk per window. */
function staffOf(window: number): Actor {
  return { id: `staff:clerk-${window}`, name: `Clerk ${window}`, isAdmin: false, canCallOutOfOrder: false };
}

function pinnedConfig(): HallConfig {
  const base = hallConfig({ staffBreak: { from: '11:30', to: '13:30', minutes: 30 } });
  return hallConfigSchema.parse({
    ...base,
    schedule: { regular: [{ from: '09:00', to: '17:00' }] },
    // The licence desk breaks for lunch in its own hours: its tickets wait it out.
    services: base.services.map((s) =>
      s.id === 'license'
        ? {
            ...s,
            hours: {
              regular: [
                { from: '09:00', to: '12:00' },
                { from: '13:00', to: '17:00' },
              ],
            },
          }
        : s,
    ),
  });
}

export function pinnedHall(): TestHall {
  const h = new TestHall(indexHall(pinnedConfig()));
  for (const w of [WIN.civil, WIN.household, WIN.business, WIN.comprehensive, WIN.elderlyHelp])
    h.run(openWindow(h.hall, h.state, w, staffOf(w), T0));
  // Some finished services to learn the times from.
  for (let i = 0; i < 4; i++) {
    const at = T0 + i * 12 * MINUTE;
    h.issue('household', { at });
    h.run(callNext(h.hall, h.state, WIN.household, staffOf(WIN.household), at));
    h.run(startService(h.hall, h.state, WIN.household, staffOf(WIN.household), at + MINUTE));
    h.run(finishService(h.hall, h.state, WIN.household, staffOf(WIN.household), at + (5 + i * 2) * MINUTE));
  }
  // The morning's queue: every few minutes someone, a lane and a service by a fixed pattern.
  for (let i = 0; i < 48; i++) {
    const at = T0 + 50 * MINUTE + i * MINUTE;
    const lane: Lane = i % 9 === 4 ? 'elderly' : 'normal';
    h.issue(SERVICES[(i * 7) % 4] as string, { at, lane });
  }
  for (const [i, slot] of [
    [0, 100],
    [1, 120],
    [2, 90],
  ] as const)
    h.issue(SERVICES[i] as string, { at: T0 + 95 * MINUTE, lane: 'booking', booking: bookingAt(T0 + slot * MINUTE) });
  // Window 1 holds a residence ticket since 10:35; window 3 sends one on to window 8 by name.
  h.run(callNext(h.hall, h.state, WIN.civil, staffOf(WIN.civil), T0 + 95 * MINUTE));
  h.run(callNext(h.hall, h.state, WIN.business, staffOf(WIN.business), T0 + 96 * MINUTE));
  h.run(startService(h.hall, h.state, WIN.business, staffOf(WIN.business), T0 + 97 * MINUTE));
  h.run(
    transferTicket(
      h.hall,
      h.state,
      WIN.business,
      { toWindow: WIN.comprehensive, note: '综合窗口办理' },
      staffOf(WIN.business),
      T0 + 98 * MINUTE,
    ),
  );
  // Window 2 went to lunch early.
  h.run(pauseWindow(h.hall, h.state, WIN.household, '午休', staffOf(WIN.household), T0 + 99 * MINUTE));
  return h;
}

/** The same hall at 09:12 with a dozen tickets taken and no window open yet. */
export function pinnedMorning(): TestHall {
  const h = new TestHall(indexHall(pinnedConfig()));
  for (let i = 0; i < 12; i++)
    h.issue(SERVICES[i % 4] as string, { at: T0 + i * MINUTE, lane: i === 5 ? 'elderly' : 'normal' });
  return h;
}
