import { hallConfigSchema, type HallConfig } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import { configChangeProblems, type HeldBooking } from './config-change.ts';
import { finishService, startService } from './serving.ts';
import { DAY, MINUTE, T0, TestHall, WIN, clerk, hallConfig } from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

/** The fixture hall changed by `edit` (a deep copy, validated like a PUT). */
function changed(edit: (c: HallConfig) => void): HallConfig {
  const c = structuredClone(hallConfig());
  edit(c);
  return hallConfigSchema.parse(c);
}

function serviceIn(c: HallConfig, id: string) {
  const s = c.services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
}

function windowIn(c: HallConfig, n: number) {
  const w = c.windows.find((x) => x.number === n);
  if (!w) throw new Error(`no window ${n}`);
  return w;
}

const withoutService = (id: string) =>
  changed((c) => {
    c.services = c.services.filter((s) => s.id !== id);
    c.windows = c.windows
      .map((w) => (w.services === 'all' ? w : { ...w, services: w.services.filter((s) => s !== id) }))
      .filter((w) => w.services === 'all' || w.services.length > 0);
  });

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

function booking(code: string, slotStart: number, minutes = 30, serviceId = 'household'): HeldBooking {
  return { code, serviceId, slotStart, slotEnd: slotStart + minutes * MINUTE };
}

describe('configChangeProblems', () => {
  it('finds nothing wrong with the same document, or with any change on a quiet day', () => {
    const h = new TestHall();
    expect(configChangeProblems(h.hall, hallConfig(), h.state, [])).toEqual([]);
    const quiet = changed((c) => {
      serviceIn(c, 'household').prefix = 'Q';
      c.zones.push({ id: 'tax', names: { 'zh-Hans': '税务', 'zh-Hant': '稅務', en: 'Tax' } });
    });
    expect(configChangeProblems(h.hall, quiet, h.state, [])).toEqual([]);
    expect(configChangeProblems(h.hall, withoutService('pension'), h.state, [])).toEqual([]);
  });

  it('refuses to remove a service with tickets waiting', () => {
    const h = new TestHall();
    h.issue('pension', { at: T0 });
    const problems = configChangeProblems(h.hall, withoutService('pension'), h.state, []);
    expect(problems).toEqual([
      { code: 'SERVICE_HAS_TICKETS', path: 'services.3', message: expect.stringContaining('1 ticket') },
    ]);
  });

  it('refuses to remove a service with a ticket being served, but not one whose tickets are all done', () => {
    const h = new TestHall();
    h.issue('pension', { at: T0 });
    h.run(openWindow(h.hall, h.state, WIN.social, clerk, T0));
    h.run(callNext(h.hall, h.state, WIN.social, clerk, T0 + MINUTE));
    h.run(startService(h.hall, h.state, WIN.social, clerk, T0 + 2 * MINUTE));
    const next = changed((c) => {
      c.services = c.services.filter((s) => s.id !== 'pension');
      windowIn(c, WIN.social).services = ['license'];
    });
    expect(codes(configChangeProblems(h.hall, next, h.state, []))).toEqual(['SERVICE_HAS_TICKETS']);
    h.run(finishService(h.hall, h.state, WIN.social, clerk, T0 + 3 * MINUTE));
    expect(configChangeProblems(h.hall, next, h.state, [])).toEqual([]);
  });

  it('refuses to leave waiting tickets of a kept service with no window to serve them', () => {
    const h = new TestHall();
    h.issue('license', { at: T0 });
    const next = changed((c) => {
      c.windows = c.windows.filter((w) => w.number !== WIN.business && w.services !== 'all');
    });
    const problems = configChangeProblems(h.hall, next, h.state, []);
    expect(problems).toEqual([
      { code: 'SERVICE_HAS_TICKETS', path: 'services.2', message: expect.stringContaining('no window') },
    ]);
  });

  it('refuses to remove an open window, and allows removing a closed one', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.household, clerk, T0));
    const next = changed((c) => {
      c.windows = c.windows.filter((w) => w.number !== WIN.household && w.number !== WIN.social);
    });
    expect(configChangeProblems(h.hall, next, h.state, [])).toEqual([
      { code: 'WINDOW_IN_USE', path: 'windows.1', message: expect.stringContaining('window 2 is open') },
    ]);
  });

  it('refuses to change a prefix the service used today; numbers issued today keep theirs', () => {
    const h = new TestHall();
    const ticket = h.issue('household', { at: T0 });
    const next = changed((c) => {
      serviceIn(c, 'household').prefix = 'H';
    });
    expect(configChangeProblems(h.hall, next, h.state, [])).toEqual([
      { code: 'PREFIX_USED_TODAY', path: 'services.0.prefix', message: expect.stringContaining('A numbers') },
    ]);
    // Even when the day's tickets are all finished: the day's A numbers stay A numbers.
    expect(ticket.number).toBe('A001');
    const finished = new TestHall(h.hall, {
      ...h.state,
      tickets: new Map([[ticket.id, { ...ticket, state: 'done' as const }]]),
    });
    expect(codes(configChangeProblems(h.hall, next, finished.state, []))).toEqual(['PREFIX_USED_TODAY']);
    // Another day: the prefix was not used on it.
    const tomorrow = new TestHall(h.hall, { ...finished.state, businessDay: '2025-03-04' });
    expect(configChangeProblems(h.hall, next, tomorrow.state, [])).toEqual([]);
  });

  it('refuses to remove a zone whose services have live tickets, even when they move to another zone', () => {
    const h = new TestHall();
    h.issue('pension', { at: T0 });
    const next = changed((c) => {
      c.zones = c.zones.filter((z) => z.id !== 'social');
      serviceIn(c, 'pension').zoneId = 'civil';
      windowIn(c, WIN.social).zoneId = 'civil';
    });
    expect(configChangeProblems(h.hall, next, h.state, [])).toEqual([
      { code: 'ZONE_IN_USE', path: 'zones.2', message: expect.stringContaining('zone social') },
    ]);
    expect(configChangeProblems(h.hall, next, new TestHall().state, [])).toEqual([]);
  });

  describe('booking slots', () => {
    // The fixture hall is open around the clock with 30-minute slots of 2: 09:00 is a slot start.
    const nine = T0;
    const h = new TestHall();
    const held = [booking('BK1', nine), booking('BK2', nine)];

    it('keeps bookings whose slot stays', () => {
      const next = changed((c) => {
        serviceIn(c, 'household').names.en = 'Household registration';
        c.booking.capacity = 3;
      });
      expect(configChangeProblems(h.hall, next, h.state, held)).toEqual([]);
    });

    it('refuses a new slot length that moves booked slots', () => {
      const next = changed((c) => {
        serviceIn(c, 'household').booking = { slotMinutes: 20 };
      });
      expect(configChangeProblems(h.hall, next, h.state, held)).toEqual([
        { code: 'BOOKINGS_WOULD_BE_DROPPED', path: 'services.0', message: expect.stringContaining('BK1, BK2') },
      ]);
    });

    it('refuses a capacity below the bookings a slot holds, or no bookings at all', () => {
      const one = changed((c) => {
        c.booking.capacity = 1;
      });
      expect(configChangeProblems(h.hall, one, h.state, held)).toEqual([
        { code: 'BOOKINGS_WOULD_BE_DROPPED', path: 'services.0', message: expect.stringContaining('take only 1') },
      ]);
      const none = changed((c) => {
        serviceIn(c, 'household').booking = { capacity: 0 };
      });
      expect(codes(configChangeProblems(h.hall, none, h.state, held))).toEqual(['BOOKINGS_WOULD_BE_DROPPED']);
    });

    it('refuses opening hours or a holiday that remove booked slots', () => {
      const later = changed((c) => {
        c.schedule = { regular: [{ from: '10:00', to: '17:00' }], delay: [], weekend: [] };
      });
      expect(codes(configChangeProblems(h.hall, later, h.state, held))).toEqual(['BOOKINGS_WOULD_BE_DROPPED']);
      const holiday = changed((c) => {
        c.schedule = { regular: [{ from: '08:00', to: '17:00' }], delay: [], weekend: [] };
        c.holidays.closed = [DAY];
      });
      expect(codes(configChangeProblems(h.hall, holiday, h.state, held))).toEqual(['BOOKINGS_WOULD_BE_DROPPED']);
    });

    it('refuses to remove a service with bookings still to come', () => {
      expect(configChangeProblems(h.hall, withoutService('household'), h.state, held)).toEqual([
        {
          code: 'BOOKINGS_WOULD_BE_DROPPED',
          path: 'services',
          message: expect.stringContaining('household is removed'),
        },
      ]);
    });
  });
});
