import type { Ticket } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext, callTicket, recall } from './calling.ts';
import { finishService, startService, transferTicket } from './serving.ts';
import {
  admin,
  bookingAt,
  clerk,
  codeOf,
  makeHall,
  MINUTE,
  otherClerk,
  type PolicyInput,
  SECOND,
  seniorClerk,
  T0,
  TestHall,
  unwrap,
  WIN,
} from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

/** A hall with these windows open for `clerk`. */
function hallWith(windows: number[], policy: PolicyInput = {}): TestHall {
  const h = new TestHall(makeHall(policy));
  for (const w of windows) h.run(openWindow(h.hall, h.state, w, clerk, T0));
  return h;
}

/** Calls, starts and finishes the next ticket at a window; returns the ticket called. */
function serveNext(h: TestHall, window: number, at: number, actor = clerk): Ticket {
  h.run(callNext(h.hall, h.state, window, actor, at));
  const id = h.window(window).currentTicketId ?? '';
  h.run(startService(h.hall, h.state, window, actor, at));
  h.run(finishService(h.hall, h.state, window, actor, at));
  return h.ticket(id);
}

/** The numbers a window calls, one after the other, until nobody waits for it. */
function drain(h: TestHall, window: number, at: number): string[] {
  const called: string[] = [];
  for (;;) {
    const r = callNext(h.hall, h.state, window, clerk, at);
    if (!r.ok) {
      expect(r.error.code).toBe('NO_TICKET_WAITING');
      return called;
    }
    h.run(r);
    const id = h.window(window).currentTicketId ?? '';
    called.push(h.ticket(id).number);
    h.run(startService(h.hall, h.state, window, clerk, at));
    h.run(finishService(h.hall, h.state, window, clerk, at));
  }
}

describe('callNext', () => {
  it('calls the oldest ticket among the services the window serves', () => {
    const h = hallWith([WIN.civil]);
    h.issue('license', { at: T0 });
    h.issue('residence', { at: T0 + 1 });
    h.issue('household', { at: T0 + 2 });
    h.issue('pension', { at: T0 + 3 });
    h.issue('household', { at: T0 + 4 });
    expect(drain(h, WIN.civil, T0 + MINUTE)).toEqual(['B001', 'A001', 'A002']);
    expect(h.ticket('2025-03-03/C001').state).toBe('waiting');
    expect(h.ticket('2025-03-03/D001').state).toBe('waiting');
  });

  it('orders by queue position, not by the issue clock', () => {
    const h = hallWith([WIN.household]);
    // The clock stepped back between the two issues: the first ticket is still first.
    h.issue('household', { at: T0 + 10 * MINUTE });
    h.issue('household', { at: T0 });
    expect(drain(h, WIN.household, T0 + 20 * MINUTE)).toEqual(['A001', 'A002']);
  });

  it('marks the ticket called at the window and points the window at it', () => {
    const h = hallWith([WIN.civil]);
    const t = h.issue('household', { at: T0 });
    const w0 = h.window(WIN.civil);
    const out = h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
    const called = h.ticket(t.id);
    const w = h.window(WIN.civil);
    expect(called).toMatchObject({
      state: 'called',
      window: WIN.civil,
      targetWindow: null,
      calledAt: T0 + MINUTE,
      recalls: 0,
      version: t.version + 1,
    });
    expect(called.history).toEqual([
      ...t.history,
      { at: T0 + MINUTE, action: 'called', window: WIN.civil, serviceId: 'household', by: clerk.id },
    ]);
    expect(w).toMatchObject({
      currentTicketId: t.id,
      normalStreak: 1,
      changedAt: T0 + MINUTE,
      version: w0.version + 1,
    });
    expect(out.events).toEqual([{ type: 'ticket.called', actor: clerk.id, ticket: called, window: w }]);
    expect(out.events[0]).not.toHaveProperty('audit');
    expect(out.lastQueueSeq).toBe(h.state.lastQueueSeq);
  });

  it('lets a comprehensive window call whoever has waited longest, whatever the service', () => {
    const h = hallWith([WIN.comprehensive]);
    h.issue('pension', { at: T0 });
    h.issue('license', { at: T0 });
    h.issue('household', { at: T0 });
    h.issue('residence', { at: T0 });
    h.issue('license', { at: T0 });
    expect(drain(h, WIN.comprehensive, T0 + MINUTE)).toEqual(['D001', 'C001', 'A001', 'B001', 'C002']);
  });

  it('lets the elderly help window take only the elderly lane', () => {
    const h = hallWith([WIN.elderlyHelp]);
    h.issue('household', { at: T0 });
    h.issue('license', { at: T0, lane: 'booking', booking: bookingAt(T0) });
    h.issue('pension', { at: T0, lane: 'elderly' });
    h.issue('residence', { at: T0 });
    h.issue('license', { at: T0, lane: 'elderly' });
    expect(drain(h, WIN.elderlyHelp, T0 + MINUTE)).toEqual(['D001', 'C002']);
    expect(codeOf(callNext(h.hall, h.state, WIN.elderlyHelp, clerk, T0 + MINUTE))).toBe('NO_TICKET_WAITING');
  });

  it('calls every elderly ticket first under the strict rule', () => {
    const h = hallWith([WIN.household], { elderly: { rule: 'strict' } });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    expect(drain(h, WIN.household, T0 + MINUTE)).toEqual(['A003', 'A005', 'A001', 'A002', 'A004']);
  });

  it('calls k normal tickets per elderly one under the ratio rule', () => {
    const h = hallWith([WIN.household], { elderly: { rule: 'ratio', normalPerElderly: 2 } });
    for (let i = 0; i < 5; i++) h.issue('household', { at: T0 }); // A001-A005 normal
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0, lane: 'elderly' }); // A006-A008 elderly
    const order: string[] = [];
    const streaks: number[] = [];
    for (let i = 0; i < 8; i++) {
      order.push(serveNext(h, WIN.household, T0 + MINUTE).number);
      streaks.push(h.window(WIN.household).normalStreak);
    }
    expect(order).toEqual(['A001', 'A002', 'A006', 'A003', 'A004', 'A007', 'A005', 'A008']);
    expect(streaks).toEqual([1, 2, 0, 1, 2, 0, 1, 0]);
  });

  it('alternates the lanes under a 1:1 ratio', () => {
    const h = hallWith([WIN.household], { elderly: { rule: 'ratio', normalPerElderly: 1 } });
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0 });
    for (let i = 0; i < 3; i++) h.issue('household', { at: T0, lane: 'elderly' });
    expect(drain(h, WIN.household, T0 + MINUTE)).toEqual(['A001', 'A004', 'A002', 'A005', 'A003', 'A006']);
  });

  it('calls an elderly ticket that is older anyway, whatever the streak', () => {
    const h = hallWith([WIN.household], { elderly: { rule: 'ratio', normalPerElderly: 3 } });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.issue('household', { at: T0 });
    expect(drain(h, WIN.household, T0 + MINUTE)).toEqual(['A001', 'A002', 'A003']);
  });

  it('keeps counting the normal streak while no elderly ticket waits', () => {
    const h = hallWith([WIN.household], { elderly: { rule: 'ratio', normalPerElderly: 2 } });
    for (let i = 0; i < 5; i++) h.issue('household', { at: T0 });
    serveNext(h, WIN.household, T0 + MINUTE);
    serveNext(h, WIN.household, T0 + MINUTE);
    serveNext(h, WIN.household, T0 + MINUTE);
    expect(h.window(WIN.household).normalStreak).toBe(3);
    const e = h.issue('household', { at: T0 + 2 * MINUTE, lane: 'elderly' });
    expect(serveNext(h, WIN.household, T0 + 3 * MINUTE).id).toBe(e.id);
  });

  it('keeps the normal streak per window', () => {
    const h = hallWith([WIN.civil, WIN.household], { elderly: { rule: 'ratio', normalPerElderly: 2 } });
    for (let i = 0; i < 4; i++) h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    serveNext(h, WIN.civil, T0 + MINUTE);
    serveNext(h, WIN.civil, T0 + MINUTE);
    // Window 2 has made no normal call yet: the older normal ticket goes first there.
    expect(serveNext(h, WIN.household, T0 + MINUTE).lane).toBe('normal');
    // Window 1 has made two: the elderly ticket goes first there.
    expect(serveNext(h, WIN.civil, T0 + MINUTE).lane).toBe('elderly');
  });

  it('calls due bookings first, earliest slot first', () => {
    const h = hallWith([WIN.civil], { bookingEarlyMinutes: 10 });
    const early = T0 + 30 * MINUTE; // due from T0 + 20 min (10 minutes early)
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    h.issue('residence', { at: T0, lane: 'booking', booking: bookingAt(early + 15 * MINUTE) }); // B001, later slot
    h.issue('household', { at: T0, lane: 'booking', booking: bookingAt(early) }); // A003, earlier slot
    // 19 minutes in, neither booking is due yet.
    expect(serveNext(h, WIN.civil, T0 + 19 * MINUTE).number).toBe('A001');
    // At T0 + 20 min the first booking is due (slotStart - 10 min <= now), and goes before the elderly ticket.
    expect(serveNext(h, WIN.civil, T0 + 20 * MINUTE).number).toBe('A003');
    expect(serveNext(h, WIN.civil, T0 + 20 * MINUTE).number).toBe('A002');
    // The second booking is called only early because nobody else waits now.
    expect(serveNext(h, WIN.civil, T0 + 21 * MINUTE).number).toBe('B001');
  });

  it('counts a booking due exactly bookingEarlyMinutes before its slot', () => {
    const h = hallWith([WIN.household], { bookingEarlyMinutes: 5 });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'booking', booking: bookingAt(T0 + 30 * MINUTE) });
    expect(serveNext(h, WIN.household, T0 + 25 * MINUTE - 1).number).toBe('A001');
    h.issue('household', { at: T0 });
    expect(serveNext(h, WIN.household, T0 + 25 * MINUTE).number).toBe('A002');
  });

  it('calls a not-yet-due booking only when nobody else waits', () => {
    const h = hallWith([WIN.household]);
    h.issue('household', { at: T0, lane: 'booking', booking: bookingAt(T0 + 3 * 60 * MINUTE) });
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0, lane: 'elderly' });
    expect(drain(h, WIN.household, T0 + MINUTE)).toEqual(['A002', 'A003', 'A001']);
  });

  it('binds a ticket transferred to a named window to that window', () => {
    const h = hallWith([WIN.civil, WIN.household, WIN.comprehensive]);
    const t = h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toWindow: WIN.household, note: 'needs the archive' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h.ticket(t.id)).toMatchObject({ state: 'transferred', targetWindow: WIN.household });
    expect(codeOf(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE))).toBe('NO_TICKET_WAITING');
    expect(codeOf(callNext(h.hall, h.state, WIN.comprehensive, clerk, T0 + 3 * MINUTE))).toBe('NO_TICKET_WAITING');
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0 + 3 * MINUTE));
    expect(h.ticket(t.id)).toMatchObject({ state: 'called', window: WIN.household, targetWindow: null });
  });

  it('keeps the queue position of a transferred ticket', () => {
    const h = hallWith([WIN.civil, WIN.business]);
    const first = h.issue('household', { at: T0 });
    h.issue('license', { at: T0 + MINUTE });
    h.issue('license', { at: T0 + 2 * MINUTE });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE));
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toServiceId: 'license', note: 'also a licence' },
        clerk,
        T0 + 4 * MINUTE,
      ),
    );
    // The citizen does not start waiting from scratch: queued before C001 and C002.
    expect(serveNext(h, WIN.business, T0 + 5 * MINUTE).id).toBe(first.id);
  });

  it('is refused with WINDOW_BUSY while the window holds a ticket', () => {
    const h = hallWith([WIN.household]);
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    expect(codeOf(callNext(h.hall, h.state, WIN.household, clerk, T0 + MINUTE))).toBe('WINDOW_BUSY');
    h.run(startService(h.hall, h.state, WIN.household, clerk, T0 + MINUTE));
    expect(codeOf(callNext(h.hall, h.state, WIN.household, clerk, T0 + MINUTE))).toBe('WINDOW_BUSY');
  });

  it('is refused with NO_TICKET_WAITING when nobody waits', () => {
    const h = hallWith([WIN.household]);
    expect(codeOf(callNext(h.hall, h.state, WIN.household, clerk, T0))).toBe('NO_TICKET_WAITING');
  });

  it('is refused on a closed or an unknown window', () => {
    const h = hallWith([]);
    h.issue('household', { at: T0 });
    expect(codeOf(callNext(h.hall, h.state, WIN.household, clerk, T0))).toBe('WINDOW_CLOSED');
    expect(codeOf(callNext(h.hall, h.state, 55, clerk, T0))).toBe('UNKNOWN_WINDOW');
  });

  it('never calls the same ticket at two windows', () => {
    const h = hallWith([WIN.civil]);
    h.run(openWindow(h.hall, h.state, WIN.household, otherClerk, T0));
    const t = h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0));
    expect(codeOf(callNext(h.hall, h.state, WIN.household, otherClerk, T0))).toBe('NO_TICKET_WAITING');
    expect(h.ticket(t.id).window).toBe(WIN.civil);
  });
});

describe('callTicket', () => {
  function hallWithQueue(): { h: TestHall; younger: Ticket } {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, seniorClerk, T0));
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    const younger = h.issue('residence', { at: T0 });
    return { h, younger };
  }

  it('is FORBIDDEN without the call-out-of-order permission', () => {
    const h = hallWith([WIN.civil]);
    const t = h.issue('household', { at: T0 });
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, t.id, clerk, T0))).toBe('FORBIDDEN');
    expect(h.ticket(t.id).state).toBe('waiting');
  });

  it('calls the chosen ticket with the permission, flagged and audited', () => {
    const { h, younger } = hallWithQueue();
    const out = h.run(callTicket(h.hall, h.state, WIN.civil, younger.id, seniorClerk, T0 + MINUTE));
    const t = h.ticket(younger.id);
    expect(t).toMatchObject({ state: 'called', window: WIN.civil, calledAt: T0 + MINUTE });
    expect(t.history.at(-1)).toEqual({
      at: T0 + MINUTE,
      action: 'called',
      window: WIN.civil,
      serviceId: 'residence',
      by: seniorClerk.id,
      outOfOrder: true,
    });
    expect(h.window(WIN.civil).currentTicketId).toBe(younger.id);
    expect(out.events).toHaveLength(1);
    const event = out.events[0];
    expect(event?.type).toBe('ticket.called');
    expect(typeof event?.audit).toBe('string');
    expect(event?.audit).toContain(younger.number);
    expect(event?.audit).toContain(String(WIN.civil));
  });

  it('lets an admin call out of order', () => {
    const { h, younger } = hallWithQueue();
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, younger.id, admin, T0))).toBe('ok');
  });

  it('counts towards the window normal streak', () => {
    const { h, younger } = hallWithQueue();
    h.run(callTicket(h.hall, h.state, WIN.civil, younger.id, seniorClerk, T0 + MINUTE));
    expect(h.window(WIN.civil).normalStreak).toBe(1);
  });

  it('refuses unknown, held and finished tickets', () => {
    const { h, younger } = hallWithQueue();
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, '2025-03-03/Z999', seniorClerk, T0))).toBe('UNKNOWN_TICKET');
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    const heldId = h.window(WIN.household).currentTicketId ?? '';
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, heldId, seniorClerk, T0))).toBe('TICKET_NOT_CALLABLE');
    h.run(startService(h.hall, h.state, WIN.household, clerk, T0));
    h.run(finishService(h.hall, h.state, WIN.household, clerk, T0));
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, heldId, seniorClerk, T0))).toBe('TICKET_NOT_CALLABLE');
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, younger.id, seniorClerk, T0))).toBe('ok');
  });

  it('refuses a ticket the window may not serve', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, seniorClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.elderlyHelp, seniorClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.household, seniorClerk, T0));
    const licence = h.issue('license', { at: T0 });
    const normal = h.issue('household', { at: T0 });
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, licence.id, seniorClerk, T0))).toBe('SERVICE_NOT_SERVED_HERE');
    expect(codeOf(callTicket(h.hall, h.state, WIN.elderlyHelp, normal.id, seniorClerk, T0))).toBe(
      'SERVICE_NOT_SERVED_HERE',
    );
    // Bound to window 2 by a transfer: window 1 may not take it, even out of order.
    h.run(callTicket(h.hall, h.state, WIN.civil, normal.id, seniorClerk, T0));
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toWindow: WIN.household, note: 'n' }, seniorClerk, T0));
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, normal.id, seniorClerk, T0))).toBe('SERVICE_NOT_SERVED_HERE');
    expect(codeOf(callTicket(h.hall, h.state, WIN.household, normal.id, seniorClerk, T0))).toBe('ok');
  });

  it('is refused with WINDOW_BUSY while the window holds a ticket', () => {
    const { h, younger } = hallWithQueue();
    h.run(callNext(h.hall, h.state, WIN.civil, seniorClerk, T0));
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, younger.id, seniorClerk, T0))).toBe('WINDOW_BUSY');
  });

  it('follows the window guards', () => {
    const { h, younger } = hallWithQueue();
    const other = { ...seniorClerk, id: 'staff:clerk-qian', name: 'Qian' };
    expect(codeOf(callTicket(h.hall, h.state, WIN.civil, younger.id, other, T0))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(callTicket(h.hall, h.state, WIN.household, younger.id, seniorClerk, T0))).toBe('WINDOW_CLOSED');
  });
});

describe('recall', () => {
  function calledHall(policy: PolicyInput = {}): { h: TestHall; id: string } {
    const h = hallWith([WIN.household], policy);
    const t = h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    return { h, id: t.id };
  }

  it('announces the ticket again and counts up', () => {
    const { h, id } = calledHall();
    const w = h.window(WIN.household);
    const out = h.run(recall(h.hall, h.state, WIN.household, clerk, T0 + 20 * SECOND));
    const t = h.ticket(id);
    expect(t).toMatchObject({ state: 'called', recalls: 1, window: WIN.household });
    expect(t.history.at(-1)).toEqual({
      at: T0 + 20 * SECOND,
      action: 'recalled',
      window: WIN.household,
      serviceId: 'household',
      by: clerk.id,
    });
    // Only what changed travels with the event: the window is as it was.
    expect(out.events).toEqual([{ type: 'ticket.recalled', actor: clerk.id, ticket: t }]);
    expect(h.window(WIN.household)).toEqual(w);
    h.run(recall(h.hall, h.state, WIN.household, clerk, T0 + 40 * SECOND));
    expect(h.ticket(id).recalls).toBe(2);
  });

  it('waits for the cooldown after the call and after each recall', () => {
    const { h, id } = calledHall({ recall: { max: 5, cooldownSeconds: 15 } });
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0))).toBe('RECALL_COOLDOWN');
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0 + 15 * SECOND - 1))).toBe('RECALL_COOLDOWN');
    h.run(recall(h.hall, h.state, WIN.household, clerk, T0 + 15 * SECOND));
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0 + 20 * SECOND))).toBe('RECALL_COOLDOWN');
    h.run(recall(h.hall, h.state, WIN.household, clerk, T0 + 30 * SECOND));
    expect(h.ticket(id).recalls).toBe(2);
  });

  it('states the seconds left in the cooldown message', () => {
    const { h } = calledHall({ recall: { max: 3, cooldownSeconds: 15 } });
    const r = recall(h.hall, h.state, WIN.household, clerk, T0 + 4 * SECOND + 500);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('11 s');
  });

  it('stops at the recall limit', () => {
    const { h, id } = calledHall({ recall: { max: 3, cooldownSeconds: 15 } });
    for (let i = 1; i <= 3; i++) h.run(recall(h.hall, h.state, WIN.household, clerk, T0 + i * MINUTE));
    expect(h.ticket(id).recalls).toBe(3);
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0 + 10 * MINUTE))).toBe('RECALL_LIMIT_REACHED');
    expect(h.ticket(id).recalls).toBe(3);
  });

  it('reports the limit before the cooldown', () => {
    const { h } = calledHall({ recall: { max: 0, cooldownSeconds: 15 }, noShowMinRecalls: 0 });
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0))).toBe('RECALL_LIMIT_REACHED');
  });

  it('allows back-to-back recalls without a cooldown', () => {
    const { h, id } = calledHall({ recall: { max: 2, cooldownSeconds: 0 } });
    h.run(recall(h.hall, h.state, WIN.household, clerk, T0));
    h.run(recall(h.hall, h.state, WIN.household, clerk, T0));
    expect(h.ticket(id).recalls).toBe(2);
  });

  it('needs a called ticket at the window', () => {
    const h = hallWith([WIN.household]);
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0))).toBe('NO_CURRENT_TICKET');
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    h.run(startService(h.hall, h.state, WIN.household, clerk, T0 + MINUTE));
    expect(codeOf(recall(h.hall, h.state, WIN.household, clerk, T0 + 2 * MINUTE))).toBe('INVALID_TRANSITION');
  });

  it('starts counting again when a transferred ticket is called anew', () => {
    const h = hallWith([WIN.civil, WIN.business]);
    const t = h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0));
    h.run(recall(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
    h.run(recall(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toServiceId: 'license', note: 'licence too' },
        clerk,
        T0 + 3 * MINUTE,
      ),
    );
    expect(h.ticket(t.id).recalls).toBe(0);
    h.run(callNext(h.hall, h.state, WIN.business, clerk, T0 + 3 * MINUTE + SECOND));
    // The cooldown runs from the new call, not from the last recall at the other window.
    expect(codeOf(recall(h.hall, h.state, WIN.business, clerk, T0 + 3 * MINUTE + 10 * SECOND))).toBe('RECALL_COOLDOWN');
    h.run(recall(h.hall, h.state, WIN.business, clerk, T0 + 4 * MINUTE));
    expect(h.ticket(t.id).recalls).toBe(1);
    expect(unwrap(recall(h.hall, h.state, WIN.business, clerk, T0 + 5 * MINUTE)).events[0]?.ticket?.recalls).toBe(2);
  });
});
