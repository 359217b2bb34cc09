import { describe, expect, it } from 'vitest';
import { callNext } from '../calling.ts';
import { transferTicket } from '../serving.ts';
import { bookingAt, clerk, MINUTE, T0, TestHall, WIN } from '../test-fixtures.ts';
import { openWindow } from '../window-session.ts';
import { overtakingFactorOf } from './overtaking.ts';

describe('overtakingFactorOf', () => {
  it('allows nothing before the day has 20 tickets', () => {
    const h = new TestHall();
    for (let i = 0; i < 19; i++) h.issue('household', { at: T0, lane: i < 10 ? 'elderly' : 'normal' });
    expect(overtakingFactorOf(h.state)).toBe(1);
  });

  it('slows the roll by the share of elderly, booked and transferred tickets: 1 / (1 − share)', () => {
    const h = new TestHall();
    for (let i = 0; i < 17; i++) h.issue('household', { at: T0 + i * MINUTE });
    h.issue('household', { at: T0 + 20 * MINUTE, lane: 'elderly' });
    h.issue('household', { at: T0 + 21 * MINUTE, lane: 'elderly' });
    h.issue('household', { at: T0 + 22 * MINUTE, lane: 'booking', booking: bookingAt(T0 + 60 * MINUTE) });
    // 3 of 20.
    expect(overtakingFactorOf(h.state)).toBeCloseTo(1 / 0.85, 10);
    // A ticket sent on to another service queues again at its old place in time: it goes ahead as well.
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0 + 30 * MINUTE));
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 30 * MINUTE));
    h.run(
      transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'residence', note: '居住证' }, clerk, T0 + 35 * MINUTE),
    );
    expect(overtakingFactorOf(h.state)).toBeCloseTo(1 / 0.8, 10);
  });

  it('never takes more than half of the windows time', () => {
    const h = new TestHall();
    for (let i = 0; i < 30; i++) h.issue('household', { at: T0, lane: 'elderly' });
    expect(overtakingFactorOf(h.state)).toBe(2);
  });
});
