import type { HallConfig, Ticket } from '@hall/protocol';
import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import { indexHall } from './hall-index.ts';
import { finishService, startService } from './serving.ts';
import { bookingAt, clerk, codeOf, hallConfig, TestHall, WIN } from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

const at = (iso: string) => Date.parse(iso);

/** Weekdays 09:00–17:00 for all, 17:00–20:00 for household only (on the delay-service list). */
function eveningHall(): TestHall {
  const base = hallConfig();
  const config: HallConfig = {
    ...base,
    schedule: { regular: [{ from: '09:00', to: '17:00' }], delay: [{ from: '17:00', to: '20:00' }], weekend: [] },
    services: base.services.map((s) => (s.id === 'household' ? { ...s, delayService: true } : s)),
  };
  return new TestHall(indexHall(config));
}

describe('opening hours in the commands', () => {
  it('refuses a ticket outside its service hours and names the next opening', () => {
    const h = eveningHall();
    const evening = at('2026-11-25T10:00:00Z'); // Wed 18:00
    const refused = h.tryIssue('license', { at: evening });
    expect(codeOf(refused)).toBe('SERVICE_CLOSED');
    expect(refused.ok ? '' : refused.error.message).toContain('2026-11-26 09:00');
    expect(h.tryIssue('household', { at: evening }).ok).toBe(true);
  });

  it('checks a booking in before its service opens (the booking lane is exempt)', () => {
    const h = eveningHall();
    const early = at('2026-11-25T00:40:00Z'); // 08:40, a 09:00 slot
    expect(
      h.tryIssue('license', { at: early, lane: 'booking', booking: bookingAt(at('2026-11-25T01:00:00Z')) }).ok,
    ).toBe(true);
  });

  it('calls only services still open (with the closing grace), even past older tickets', () => {
    const h = eveningHall();
    const afternoon = at('2026-11-25T08:50:00Z'); // 16:50
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, clerk, afternoon));
    h.issue('license', { at: afternoon }); // C001, a day-time-only service
    h.issue('license', { at: afternoon + 60_000 }); // C002
    h.issue('household', { at: afternoon + 120_000 }); // A001, on the delay-service list
    // 17:20: within the 30-minute grace the older license ticket is still called first.
    expect(serveNext(h, at('2026-11-25T09:20:00Z')).serviceId).toBe('license');
    // 17:40: license is past its grace; the window calls household although C002 is older.
    expect(serveNext(h, at('2026-11-25T09:40:00Z')).serviceId).toBe('household');
  });

  it('tells a window nobody waits when only closed services have tickets', () => {
    const h = eveningHall();
    const afternoon = at('2026-11-25T08:00:00Z'); // 16:00
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, clerk, afternoon));
    h.issue('license', { at: afternoon });
    expect(codeOf(callNext(h.hall, h.state, WIN.comprehensive, clerk, at('2026-11-25T10:00:00Z')))).toBe(
      'NO_TICKET_WAITING',
    );
  });
});

/** Calls, starts and finishes the next ticket at the comprehensive window; returns the ticket called. */
function serveNext(h: TestHall, now: number): Ticket {
  h.run(callNext(h.hall, h.state, WIN.comprehensive, clerk, now));
  const id = h.window(WIN.comprehensive).currentTicketId ?? '';
  h.run(startService(h.hall, h.state, WIN.comprehensive, clerk, now));
  h.run(finishService(h.hall, h.state, WIN.comprehensive, clerk, now));
  return h.ticket(id);
}
