import { describe, expect, it } from 'vitest';
import { callNext, recall } from './calling.ts';
import { closeDay } from './day-close.ts';
import { finishService, markNoShow, startService, transferTicket } from './serving.ts';
import { applyOutcome } from './state.ts';
import { admin, clerk, codeOf, DAY, MINUTE, otherClerk, T0, TestHall, WIN } from './test-fixtures.ts';
import { openWindow, pauseWindow } from './window-session.ts';

const NEXT_DAY = '2025-03-04';
const MIDNIGHT = Date.UTC(2025, 2, 3, 16, 0, 0);

/**
 * Yesterday's hall at midnight: A001 done, A002 no-show, A003 serving at window 1, A004 called at
 * window 2; A005, A006 and C001 waiting.
 */
function eveningHall(): TestHall {
  const h = new TestHall();
  h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
  h.run(openWindow(h.hall, h.state, WIN.household, otherClerk, T0));
  for (let i = 0; i < 6; i++) h.issue('household', { at: T0 });
  h.issue('license', { at: T0 });
  let t = T0 + MINUTE;
  h.run(callNext(h.hall, h.state, WIN.civil, clerk, t)); // A001
  h.run(startService(h.hall, h.state, WIN.civil, clerk, t));
  h.run(finishService(h.hall, h.state, WIN.civil, clerk, (t += MINUTE)));
  h.run(callNext(h.hall, h.state, WIN.civil, clerk, t)); // A002
  h.run(recall(h.hall, h.state, WIN.civil, clerk, (t += MINUTE)));
  h.run(markNoShow(h.hall, h.state, WIN.civil, clerk, (t += MINUTE)));
  h.run(callNext(h.hall, h.state, WIN.civil, clerk, t)); // A003
  h.run(startService(h.hall, h.state, WIN.civil, clerk, (t += MINUTE)));
  h.run(callNext(h.hall, h.state, WIN.household, otherClerk, t)); // A004
  return h;
}

describe('closeDay', () => {
  /** The evening hall after window 2 passed A004 on to residence (waiting again) and called A005. */
  function withTransfer(): TestHall {
    const h = eveningHall();
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.household,
        { toServiceId: 'residence', note: 'permit' },
        otherClerk,
        T0 + 10 * MINUTE,
      ),
    );
    h.run(callNext(h.hall, h.state, WIN.household, otherClerk, T0 + 11 * MINUTE));
    return h;
  }

  it('returns null for a day that is not later', () => {
    const h = eveningHall();
    expect(closeDay(h.state, DAY, admin, MIDNIGHT)).toBeNull();
    expect(closeDay(h.state, '2025-03-02', admin, MIDNIGHT)).toBeNull();
  });

  it("cancels yesterday's waiting and transferred tickets", () => {
    const h = withTransfer();
    const out = closeDay(h.state, NEXT_DAY, admin, MIDNIGHT);
    expect(out).not.toBeNull();
    if (!out) return;
    const cancelled = out.events
      .filter((e) => e.type === 'ticket.cancelled')
      .map((e) => e.ticket?.number)
      .sort();
    expect(cancelled).toEqual(['A004', 'A006', 'C001']);
    for (const e of out.events.filter((x) => x.type === 'ticket.cancelled')) {
      const before = h.ticket(e.ticket?.id ?? '');
      expect(e.actor).toBe(admin.id);
      expect(e.ticket).toMatchObject({ state: 'cancelled', finishedAt: MIDNIGHT, version: before.version + 1 });
      expect(e.ticket?.history).toEqual([
        ...before.history,
        {
          at: MIDNIGHT,
          action: 'cancelled',
          window: null,
          serviceId: before.serviceId,
          by: admin.id,
          note: 'day closed',
        },
      ]);
    }
    expect(out.events.at(-1)).toEqual({ type: 'day.closed', actor: admin.id });
    expect(out.businessDay).toBe(NEXT_DAY);
    expect(out.lastQueueSeq).toBe(h.state.lastQueueSeq);
  });

  it('keeps tickets held at a window, in memory and untouched', () => {
    const h = withTransfer();
    const serving = h.ticket(`${DAY}/A003`);
    const called = h.ticket(`${DAY}/A005`);
    const out = closeDay(h.state, NEXT_DAY, admin, MIDNIGHT);
    if (!out) throw new Error('expected the day to close');
    expect(out.events.some((e) => e.ticket?.id === serving.id || e.ticket?.id === called.id)).toBe(false);
    h.state = applyOutcome(h.state, out);
    expect(h.state.businessDay).toBe(NEXT_DAY);
    expect(h.ticket(serving.id)).toEqual(serving);
    expect(h.ticket(called.id)).toEqual(called);
    expect([...h.state.tickets.keys()].sort()).toEqual([serving.id, called.id].sort());
    expect(h.window(WIN.civil).currentTicketId).toBe(serving.id);
    expect(h.window(WIN.household).currentTicketId).toBe(called.id);
  });

  it('lets an evening service run past midnight, then goes on with the new day', () => {
    const h = eveningHall();
    const out = closeDay(h.state, NEXT_DAY, admin, MIDNIGHT);
    if (!out) throw new Error('expected the day to close');
    h.state = applyOutcome(h.state, out);
    expect(h.state.businessDay).toBe(NEXT_DAY);
    const lastSeq = h.state.lastQueueSeq;
    const fresh = h.issue('household', { at: MIDNIGHT + 8 * 60 * MINUTE });
    expect(fresh.number).toBe('A001');
    expect(fresh.id).toBe(`${NEXT_DAY}/A001`);
    expect(fresh.businessDay).toBe(NEXT_DAY);
    expect(fresh.queueSeq).toBe(lastSeq + 1);
    // Window 1 finishes yesterday's A003 and then calls today's A001.
    h.run(finishService(h.hall, h.state, WIN.civil, clerk, MIDNIGHT + MINUTE));
    expect(h.ticket(`${DAY}/A003`).state).toBe('done');
    expect(codeOf(callNext(h.hall, h.state, WIN.civil, clerk, MIDNIGHT + 8 * 60 * MINUTE))).toBe('ok');
  });

  it('closes the windows that hold no ticket, so the next day starts with every clerk logging in afresh', () => {
    const h = eveningHall();
    h.run(openWindow(h.hall, h.state, WIN.business, admin, T0));
    h.run(openWindow(h.hall, h.state, WIN.social, admin, T0));
    h.run(pauseWindow(h.hall, h.state, WIN.social, '晚饭', admin, T0 + MINUTE));
    const out = closeDay(h.state, NEXT_DAY, admin, MIDNIGHT);
    if (!out) throw new Error('expected the day to close');
    const closed = out.events.filter((e) => e.type === 'window.closed').map((e) => e.window?.number);
    expect(closed.sort()).toEqual([WIN.business, WIN.social].sort());
    h.state = applyOutcome(h.state, out);
    expect(h.window(WIN.business)).toMatchObject({ state: 'closed', clerkId: null, pauseReason: null });
    expect(h.window(WIN.social)).toMatchObject({ state: 'closed', clerkId: null, pauseReason: null });
    // Windows still serving yesterday's citizens stay open with their clerk.
    expect(h.window(WIN.civil)).toMatchObject({ state: 'open', clerkId: clerk.id });
  });

  it('closes an empty day with a single event', () => {
    const h = new TestHall();
    const out = closeDay(h.state, NEXT_DAY, admin, MIDNIGHT);
    expect(out).toEqual({ events: [{ type: 'day.closed', actor: admin.id }], businessDay: NEXT_DAY, lastQueueSeq: 0 });
  });

  it('does not change the state it is given', () => {
    const h = eveningHall();
    const before = h.state;
    const snapshot = new Map(before.tickets);
    closeDay(before, NEXT_DAY, admin, MIDNIGHT);
    expect(before.businessDay).toBe(DAY);
    expect(new Map(before.tickets)).toEqual(snapshot);
  });
});

describe('applyOutcome', () => {
  it('upserts the entities of the events and returns a new state', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    const t = h.issue('household', { at: T0 });
    const before = h.state;
    const outcome = callNext(h.hall, before, WIN.civil, clerk, T0 + MINUTE);
    if (!outcome.ok) throw new Error(outcome.error.code);
    const after = applyOutcome(before, outcome.value);
    expect(after).not.toBe(before);
    expect(after.tickets.get(t.id)?.state).toBe('called');
    expect(after.windows.get(WIN.civil)?.currentTicketId).toBe(t.id);
    // The old state is left as it was.
    expect(before.tickets.get(t.id)?.state).toBe('waiting');
    expect(before.windows.get(WIN.civil)?.currentTicketId).toBeNull();
  });

  it('keeps every ticket while the day stays the same', () => {
    const h = eveningHall();
    const after = applyOutcome(h.state, { events: [], businessDay: DAY, lastQueueSeq: h.state.lastQueueSeq });
    expect(after.tickets.size).toBe(h.state.tickets.size);
  });
});
