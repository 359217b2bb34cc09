import { describe, expect, it } from 'vitest';
import { callNext } from './calling.ts';
import { expireRatings, rateTicket } from './rating.ts';
import { finishService, startService } from './serving.ts';
import { admin, clerk, codeOf, makeHall, MINUTE, SECOND, T0, TestHall, WIN } from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

/** A hall where window 1 has just finished its first ticket, at T0 + 3 min. */
function finishedOne(): { h: TestHall; id: string; at: number } {
  const h = new TestHall(makeHall({ ratingTimeoutSeconds: 60 }));
  h.issue('household', { at: T0 });
  h.issue('household', { at: T0 });
  h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
  const called = h.run(callNext(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
  h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
  const at = T0 + 3 * MINUTE;
  h.run(finishService(h.hall, h.state, WIN.civil, clerk, at));
  return { h, id: called.events[0]?.ticket?.id ?? '', at };
}

describe('rating after a service', () => {
  it('opens a rating window for the finished ticket until the deadline', () => {
    const { h, id, at } = finishedOne();
    expect(h.window(WIN.civil)).toMatchObject({ ratingTicketId: id, ratingDeadline: at + 60 * SECOND });
  });

  it('stores the rating with the clerk who served, once', () => {
    const { h, id, at } = finishedOne();
    const out = h.run(rateTicket(h.hall, h.state, WIN.civil, 'unsatisfied', 'pad', clerk, at + 5 * SECOND));
    expect(out.events.map((e) => e.type)).toEqual(['ticket.rated']);
    expect(h.ticket(id).rating).toEqual({
      level: 'unsatisfied',
      source: 'pad',
      at: at + 5 * SECOND,
      clerkId: clerk.id,
      window: WIN.civil,
    });
    expect(h.ticket(id).history.at(-1)).toMatchObject({ action: 'rated', note: 'unsatisfied' });
    expect(h.window(WIN.civil)).toMatchObject({ ratingTicketId: null, ratingDeadline: null });
    // A bouncing key or a second tap: nothing is pending any more.
    expect(codeOf(rateTicket(h.hall, h.state, WIN.civil, 'satisfied', 'pad', clerk, at + 6 * SECOND))).toBe(
      'NO_RATING_PENDING',
    );
  });

  it('refuses a rating after the deadline, and the expiry stores it as not rated', () => {
    const { h, id, at } = finishedOne();
    const late = at + 61 * SECOND;
    expect(codeOf(rateTicket(h.hall, h.state, WIN.civil, 'satisfied', 'tablet', clerk, late))).toBe(
      'NO_RATING_PENDING',
    );
    expect(expireRatings(h.state, admin, at + 30 * SECOND)).toBeNull();
    const expired = expireRatings(h.state, admin, late);
    if (!expired) throw new Error('expected the rating to expire');
    h.run({ ok: true, value: expired });
    expect(h.ticket(id).rating).toMatchObject({ level: 'not-rated', source: 'timeout' });
    expect(h.window(WIN.civil).ratingTicketId).toBeNull();
  });

  it('gives up the previous pending rating when the next citizen is finished first', () => {
    const { h, id, at } = finishedOne();
    h.run(callNext(h.hall, h.state, WIN.civil, clerk, at + 10 * SECOND));
    h.run(startService(h.hall, h.state, WIN.civil, clerk, at + 20 * SECOND));
    const out = h.run(finishService(h.hall, h.state, WIN.civil, clerk, at + 40 * SECOND));
    expect(out.events.map((e) => e.type)).toEqual(['ticket.rated', 'ticket.finished']);
    expect(h.ticket(id).rating).toMatchObject({ level: 'not-rated' });
    expect(h.window(WIN.civil).ratingTicketId).not.toBe(id);
  });

  it('refuses a rating at a window with nothing finished', () => {
    const h = new TestHall();
    expect(codeOf(rateTicket(h.hall, h.state, WIN.civil, 'satisfied', 'pad', clerk, T0))).toBe('NO_RATING_PENDING');
    expect(codeOf(rateTicket(h.hall, h.state, 99, 'satisfied', 'pad', clerk, T0))).toBe('UNKNOWN_WINDOW');
  });
});

describe('a rating pending at midnight', () => {
  it('is stored as not rated when the day closes, before the finished ticket leaves memory', async () => {
    const { closeDay } = await import('./day-close.ts');
    const { applyOutcome } = await import('./state.ts');
    const { h, id, at } = finishedOne();
    const out = closeDay(h.state, '2025-03-04', admin, at + 10 * SECOND);
    if (!out) throw new Error('expected the day to close');
    const rated = out.events.find((e) => e.type === 'ticket.rated');
    expect(rated?.ticket).toMatchObject({ id, rating: { level: 'not-rated', source: 'timeout' } });
    h.state = applyOutcome(h.state, out);
    expect(h.window(WIN.civil)).toMatchObject({ ratingTicketId: null, ratingDeadline: null });
  });
});
