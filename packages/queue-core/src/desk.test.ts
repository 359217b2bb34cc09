import { hallConfigSchema } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import { cancelTicket, complaintsWindowOf, moveTicket, referToComplaints } from './desk.ts';
import { indexHall } from './hall-index.ts';
import { finishService, startService } from './serving.ts';
import { clerk, codeOf, hallConfig, makeHall, MINUTE, T0, TestHall, WIN } from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

const guide = { id: 'staff:guide-1', name: 'Guide', isAdmin: false, canCallOutOfOrder: false };

/** The fixture hall with could-not-get-it-done windows 44 (one service) and 45. */
function hallWithComplaints() {
  const base = hallConfig();
  const names = (n: number) => ({ 'zh-Hans': `${n}号窗口`, 'zh-Hant': `${n}號窗口`, en: `Window ${n}` });
  return indexHall(
    hallConfigSchema.parse({
      ...base,
      services: [
        ...base.services,
        { id: 'complaints', names: names(0), prefix: 'Z', zoneId: 'civil', avgServiceMinutes: 10 },
      ],
      windows: [
        ...base.windows,
        { number: 44, names: names(44), kind: 'complaints', services: ['complaints'] },
        { number: 45, names: names(45), kind: 'complaints', services: ['complaints'] },
      ],
    }),
  );
}

describe('moveTicket', () => {
  it('moves a waiting ticket to another service, keeping its number, queue position and time in the queue', () => {
    const h = new TestHall();
    const first = h.issue('residence', { at: T0 });
    const moved = h.issue('license', { at: T0 + MINUTE });
    const later = h.issue('residence', { at: T0 + 2 * MINUTE });
    const out = h.run(moveTicket(h.hall, h.state, moved.id, 'residence', guide, T0 + 10 * MINUTE));
    const t = h.ticket(moved.id);
    expect(t).toMatchObject({
      number: moved.number,
      serviceId: 'residence',
      state: 'waiting',
      queueSeq: moved.queueSeq,
      queuedAt: moved.queuedAt,
      issuedAt: moved.issuedAt,
    });
    expect(t.history.at(-1)).toEqual({
      at: T0 + 10 * MINUTE,
      action: 'moved',
      window: null,
      serviceId: 'residence',
      by: guide.id,
      note: 'from license',
    });
    expect(out.events).toEqual([{ type: 'ticket.moved', actor: guide.id, ticket: t }]);
    expect(out.lastQueueSeq).toBe(h.state.lastQueueSeq);
    // Window 1 (household, residence) calls it between the two it came between, not after the later one.
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0 + 11 * MINUTE));
    const called: string[] = [];
    for (const step of [12, 13, 14]) {
      const o = h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + step * MINUTE));
      const c = o.events.find((e) => e.type === 'ticket.called')?.ticket;
      called.push(c?.id ?? '');
      h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + step * MINUTE));
      h.run(finishService(h.hall, h.state, WIN.civil, clerk, T0 + step * MINUTE));
    }
    expect(called).toEqual([first.id, moved.id, later.id]);
  });

  it('refuses a ticket that is not waiting, an unknown or closed service, the same service, a booking', () => {
    const h = new TestHall();
    const t = h.issue('household', { at: T0 });
    expect(codeOf(moveTicket(h.hall, h.state, t.id, 'nowhere', guide, T0))).toBe('UNKNOWN_SERVICE');
    expect(codeOf(moveTicket(h.hall, h.state, t.id, 'household', guide, T0))).toBe('INVALID_TRANSITION');
    expect(codeOf(moveTicket(h.hall, h.state, 'no/A999', 'residence', guide, T0))).toBe('UNKNOWN_TICKET');
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    expect(codeOf(moveTicket(h.hall, h.state, t.id, 'residence', guide, T0))).toBe('INVALID_TRANSITION');

    const closed = new TestHall(makeHall());
    const w = closed.issue('household', { at: T0 });
    const hours = indexHall(
      hallConfigSchema.parse({
        ...hallConfig(),
        // No hours at all: nothing takes tickets.
        schedule: {},
      }),
    );
    expect(codeOf(moveTicket(hours, closed.state, w.id, 'residence', guide, T0))).toBe('SERVICE_CLOSED');

    const booked = new TestHall();
    const b = booked.issue('household', {
      at: T0,
      lane: 'booking',
      booking: { code: 'BK1', slotStart: T0, slotEnd: T0 + 30 * MINUTE },
    });
    expect(codeOf(moveTicket(booked.hall, booked.state, b.id, 'residence', guide, T0))).toBe('INVALID_TRANSITION');
  });
});

describe('cancelTicket', () => {
  it('cancels a waiting ticket with the reason in its history', () => {
    const h = new TestHall();
    const t = h.issue('household', { at: T0 });
    const out = h.run(cancelTicket(h.state, t.id, 'will come back tomorrow', guide, T0 + 5 * MINUTE));
    const c = h.ticket(t.id);
    expect(c).toMatchObject({ state: 'cancelled', finishedAt: T0 + 5 * MINUTE, queueSeq: t.queueSeq });
    expect(c.history.at(-1)).toEqual({
      at: T0 + 5 * MINUTE,
      action: 'cancelled',
      window: null,
      serviceId: 'household',
      by: guide.id,
      note: 'will come back tomorrow',
    });
    expect(out.events.map((e) => e.type)).toEqual(['ticket.cancelled']);
    expect(codeOf(cancelTicket(h.state, t.id, 'again', guide, T0 + 6 * MINUTE))).toBe('INVALID_TRANSITION');
  });

  it('leaves a ticket a window holds to its clerk', () => {
    const h = new TestHall();
    const t = h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0));
    expect(codeOf(cancelTicket(h.state, t.id, 'left', guide, T0))).toBe('INVALID_TRANSITION');
  });
});

describe('referToComplaints', () => {
  it('sends a finished ticket to the open could-not-get-it-done window, bound to it, number and position kept', () => {
    const h = new TestHall(hallWithComplaints());
    const t = h.issue('household', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.household, clerk, T0 + MINUTE));
    h.run(startService(h.hall, h.state, WIN.household, clerk, T0 + MINUTE));
    h.run(finishService(h.hall, h.state, WIN.household, clerk, T0 + 5 * MINUTE));
    expect(complaintsWindowOf(h.hall, h.state)).toBe(44);
    h.run(openWindow(h.hall, h.state, 45, clerk, T0 + 6 * MINUTE));
    expect(complaintsWindowOf(h.hall, h.state)).toBe(45);
    const out = h.run(referToComplaints(h.hall, h.state, t.id, 'missing certificate', guide, T0 + 7 * MINUTE));
    const r = h.ticket(t.id);
    expect(r).toMatchObject({
      number: t.number,
      queueSeq: t.queueSeq,
      state: 'transferred',
      targetWindow: 45,
      serviceId: 'complaints',
      finishedAt: null,
      window: null,
    });
    expect(r.history.at(-1)).toMatchObject({ action: 'transferred', note: 'missing certificate', by: guide.id });
    expect(r.history.some((s) => s.action === 'finished')).toBe(true);
    expect(out.events.map((e) => e.type)).toEqual(['ticket.transferred']);
    // Window 45 calls it.
    const called = h.run(callNext(h.hall, h.state, 45, clerk, T0 + 8 * MINUTE));
    expect(called.events.find((e) => e.type === 'ticket.called')?.ticket?.id).toBe(t.id);
  });

  it('refuses a held or cancelled ticket, and a hall without such a window', () => {
    const h = new TestHall(hallWithComplaints());
    const t = h.issue('household', { at: T0 });
    h.run(cancelTicket(h.state, t.id, 'left', guide, T0));
    expect(codeOf(referToComplaints(h.hall, h.state, t.id, 'x', guide, T0))).toBe('INVALID_TRANSITION');
    const plain = new TestHall();
    const p = plain.issue('household', { at: T0 });
    expect(codeOf(referToComplaints(plain.hall, plain.state, p.id, 'x', guide, T0))).toBe('NO_COMPLAINTS_WINDOW');
  });
});
