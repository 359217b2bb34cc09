import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HallStore } from './hall-store.ts';
import { tempDbPath } from './test-support.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The range asked for: [FROM, TO). */
const FROM = Date.UTC(2026, 2, 1);
const TO = FROM + 7 * DAY;

describe('the counts beside tickets in a report summary', () => {
  let store: HallStore;
  let cleanup: () => void;
  beforeEach(() => {
    const db = tempDbPath();
    cleanup = db.cleanup;
    store = new HallStore(db.path);
  });
  afterEach(() => {
    store.close();
    cleanup();
  });

  const booking = (code: string, slotStart: number, state: string, ticketId: string | null) =>
    store.db
      .prepare(
        `INSERT INTO bookings (code, service_id, slot_start, slot_end, created_at, state, checked_in_ticket_id)
         VALUES (?, 'svc', ?, ?, 0, ?, ?)`,
      )
      .run(code, slotStart, slotStart + HOUR / 2, state, ticketId);
  const followUp = (id: string, createdAt: number, state: 'open' | 'closed') =>
    store.db
      .prepare(
        `INSERT INTO follow_ups (id, ticket_id, ticket_number, window, clerk_id, level, state, created_at, notes)
         VALUES (?, ?, 'A001', 1, 'c1', 'unsatisfied', ?, ?, '[]')`,
      )
      .run(id, `t-${id}`, state, createdAt);
  const matter = (id: string, createdAt: number, state: string, updatedAt: number) =>
    store.db
      .prepare(
        `INSERT INTO complaints (id, window, clerk_id, matter, departments, state, created_at, updated_at, notes)
         VALUES (?, 5, 'c1', 'matter', '[]', ?, ?, ?, '[]')`,
      )
      .run(id, state, createdAt, updatedAt);

  it('counts bookings by the start of their slot', () => {
    booking('b1', FROM, 'done', 'ticket-1'); // checked in
    booking('b2', FROM + HOUR, 'no-show', 'ticket-2'); // checked in, missed the call: not a booking no-show
    booking('b3', FROM + DAY, 'no-show', null); // never came
    booking('b4', FROM + 2 * DAY, 'cancelled', null);
    booking('b5', FROM + 3 * DAY, 'booked', null);
    booking('before', FROM - 1, 'done', 'ticket-0');
    booking('after', TO, 'booked', null);
    expect(store.reportCounts.summary(FROM, TO, TO).bookings).toEqual({
      made: 5,
      checkedIn: 2,
      noShow: 1,
      cancelled: 1,
    });
  });

  it('counts follow-ups opened in the range, and of them the closed', () => {
    followUp('f1', FROM, 'closed');
    followUp('f2', FROM + DAY, 'open');
    followUp('f3', TO - 1, 'closed');
    followUp('f0', FROM - 1, 'closed');
    expect(store.reportCounts.summary(FROM, TO, TO).followUps).toEqual({ opened: 3, closed: 2 });
  });

  it('counts matters opened in the range, the resolved and their mean age, and the oldest open', () => {
    matter('m1', FROM, 'resolved', FROM + 2 * DAY); // 2 days to resolve
    matter('m2', FROM + DAY, 'resolved', FROM + DAY + 12 * HOUR); // half a day
    matter('m3', FROM + 2 * DAY, 'coordinating', FROM + 3 * DAY);
    matter('m4', FROM + 4 * DAY, 'open', FROM + 4 * DAY);
    matter('m0', FROM - DAY, 'open', FROM - DAY);
    // Asked 10 days after FROM: the oldest open of the range is m3, 8 days old. Mean resolved: (2 + 0.5) / 2.
    expect(store.reportCounts.summary(FROM, TO, FROM + 10 * DAY).complaints).toEqual({
      opened: 4,
      resolved: 2,
      meanResolvedAgeDays: 1.3,
      oldestOpenAgeDays: 8,
    });
    expect(store.reportCounts.summary(TO, TO + DAY, TO).complaints).toEqual({
      opened: 0,
      resolved: 0,
      meanResolvedAgeDays: null,
      oldestOpenAgeDays: null,
    });
  });
});
