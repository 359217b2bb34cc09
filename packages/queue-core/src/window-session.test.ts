import { describe, expect, it } from 'vitest';
import { callNext, recall } from './calling.ts';
import { finishService, markNoShow, startService, transferTicket } from './serving.ts';
import { closeWindow, openWindow, pauseWindow, resumeWindow } from './window-session.ts';
import { admin, clerk, codeOf, MINUTE, otherClerk, SECOND, T0, TestHall, unwrap, WIN } from './test-fixtures.ts';

const W = WIN.civil;

function openHall(): TestHall {
  const h = new TestHall();
  h.run(openWindow(h.hall, h.state, W, clerk, T0));
  return h;
}

describe('openWindow', () => {
  it('opens a closed window for the acting clerk', () => {
    const h = new TestHall();
    const before = h.window(W);
    const out = h.run(openWindow(h.hall, h.state, W, clerk, T0));
    const w = h.window(W);
    expect(w).toMatchObject({
      number: W,
      state: 'open',
      clerkId: clerk.id,
      clerkName: clerk.name,
      pauseReason: null,
      currentTicketId: null,
      normalStreak: 0,
      changedAt: T0,
      version: before.version + 1,
    });
    expect(out.events).toEqual([{ type: 'window.opened', actor: clerk.id, window: w }]);
  });

  it('refuses a window the hall does not have', () => {
    const h = new TestHall();
    expect(codeOf(openWindow(h.hall, h.state, 77, clerk, T0))).toBe('UNKNOWN_WINDOW');
  });

  it('changes nothing when the clerk already holds the window', () => {
    const h = openHall();
    const before = h.state;
    const out = h.run(openWindow(h.hall, h.state, W, clerk, T0 + MINUTE));
    expect(out.events).toEqual([]);
    expect(h.window(W)).toEqual(before.windows.get(W));
  });

  it('changes nothing when the clerk opens their own paused window', () => {
    const h = openHall();
    h.run(pauseWindow(h.hall, h.state, W, 'lunch', clerk, T0 + MINUTE));
    const out = unwrap(openWindow(h.hall, h.state, W, clerk, T0 + 2 * MINUTE));
    expect(out.events).toEqual([]);
    expect(h.window(W).state).toBe('paused');
  });

  it('refuses a window already open for another clerk', () => {
    const h = openHall();
    expect(codeOf(openWindow(h.hall, h.state, W, otherClerk, T0 + MINUTE))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(openWindow(h.hall, h.state, W, admin, T0 + MINUTE))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(h.window(W).clerkId).toBe(clerk.id);
  });

  it('starts a fresh normal streak', () => {
    const h = openHall();
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, W, clerk, T0 + MINUTE));
    h.run(startService(h.hall, h.state, W, clerk, T0 + 2 * MINUTE));
    h.run(finishService(h.hall, h.state, W, clerk, T0 + 3 * MINUTE));
    expect(h.window(W).normalStreak).toBe(1);
    h.run(closeWindow(h.hall, h.state, W, clerk, T0 + 4 * MINUTE));
    h.run(openWindow(h.hall, h.state, W, otherClerk, T0 + 5 * MINUTE));
    expect(h.window(W)).toMatchObject({ clerkId: otherClerk.id, clerkName: otherClerk.name, normalStreak: 0 });
  });
});

describe('pauseWindow', () => {
  it('pauses an open window with a reason', () => {
    const h = openHall();
    const v = h.window(W).version;
    const out = h.run(pauseWindow(h.hall, h.state, W, 'lunch break', clerk, T0 + MINUTE));
    expect(h.window(W)).toMatchObject({
      state: 'paused',
      pauseReason: 'lunch break',
      clerkId: clerk.id,
      changedAt: T0 + MINUTE,
      version: v + 1,
    });
    expect(out.events).toEqual([{ type: 'window.paused', actor: clerk.id, window: h.window(W) }]);
  });

  it('needs a reason', () => {
    const h = openHall();
    expect(codeOf(pauseWindow(h.hall, h.state, W, '', clerk, T0 + MINUTE))).toBe('VALIDATION_FAILED');
    expect(codeOf(pauseWindow(h.hall, h.state, W, '   ', clerk, T0 + MINUTE))).toBe('VALIDATION_FAILED');
    expect(h.window(W).state).toBe('open');
  });

  it('is refused with WINDOW_BUSY while the window holds a ticket', () => {
    const h = openHall();
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, W, clerk, T0 + MINUTE));
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0 + 2 * MINUTE))).toBe('WINDOW_BUSY');
    h.run(startService(h.hall, h.state, W, clerk, T0 + 2 * MINUTE));
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0 + 3 * MINUTE))).toBe('WINDOW_BUSY');
    h.run(finishService(h.hall, h.state, W, clerk, T0 + 4 * MINUTE));
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0 + 5 * MINUTE))).toBe('ok');
  });

  it('is refused on a closed or an already paused window', () => {
    const h = new TestHall();
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0))).toBe('WINDOW_CLOSED');
    h.run(openWindow(h.hall, h.state, W, clerk, T0));
    h.run(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0));
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', clerk, T0 + SECOND))).toBe('WINDOW_PAUSED');
  });

  it('stops calls until the window is resumed', () => {
    const h = openHall();
    h.issue('household', { at: T0 });
    h.run(pauseWindow(h.hall, h.state, W, 'lunch', clerk, T0 + MINUTE));
    expect(codeOf(callNext(h.hall, h.state, W, clerk, T0 + 2 * MINUTE))).toBe('WINDOW_PAUSED');
    h.run(resumeWindow(h.hall, h.state, W, clerk, T0 + 3 * MINUTE));
    expect(codeOf(callNext(h.hall, h.state, W, clerk, T0 + 4 * MINUTE))).toBe('ok');
  });
});

describe('resumeWindow', () => {
  it('reopens a paused window and forgets the reason', () => {
    const h = openHall();
    h.run(pauseWindow(h.hall, h.state, W, 'lunch', clerk, T0 + MINUTE));
    const v = h.window(W).version;
    const out = h.run(resumeWindow(h.hall, h.state, W, clerk, T0 + 30 * MINUTE));
    expect(h.window(W)).toMatchObject({
      state: 'open',
      pauseReason: null,
      clerkId: clerk.id,
      changedAt: T0 + 30 * MINUTE,
      version: v + 1,
    });
    expect(out.events.map((e) => e.type)).toEqual(['window.resumed']);
  });

  it('refuses a window that is not paused', () => {
    const h = new TestHall();
    expect(codeOf(resumeWindow(h.hall, h.state, W, clerk, T0))).toBe('WINDOW_CLOSED');
    h.run(openWindow(h.hall, h.state, W, clerk, T0));
    expect(codeOf(resumeWindow(h.hall, h.state, W, clerk, T0))).toBe('INVALID_TRANSITION');
  });
});

describe('closeWindow', () => {
  it('closes an open window and releases the clerk', () => {
    const h = openHall();
    const out = h.run(closeWindow(h.hall, h.state, W, clerk, T0 + MINUTE));
    expect(h.window(W)).toMatchObject({
      state: 'closed',
      clerkId: null,
      clerkName: null,
      pauseReason: null,
      currentTicketId: null,
    });
    expect(out.events.map((e) => e.type)).toEqual(['window.closed']);
    // Anyone may open it now.
    expect(codeOf(openWindow(h.hall, h.state, W, otherClerk, T0 + 2 * MINUTE))).toBe('ok');
  });

  it('closes a paused window', () => {
    const h = openHall();
    h.run(pauseWindow(h.hall, h.state, W, 'lunch', clerk, T0 + MINUTE));
    h.run(closeWindow(h.hall, h.state, W, clerk, T0 + 2 * MINUTE));
    expect(h.window(W)).toMatchObject({ state: 'closed', pauseReason: null });
  });

  it('is refused with WINDOW_BUSY while the window holds a ticket', () => {
    const h = openHall();
    h.issue('household', { at: T0 });
    h.run(callNext(h.hall, h.state, W, clerk, T0 + MINUTE));
    expect(codeOf(closeWindow(h.hall, h.state, W, clerk, T0 + 2 * MINUTE))).toBe('WINDOW_BUSY');
    expect(codeOf(closeWindow(h.hall, h.state, W, admin, T0 + 2 * MINUTE))).toBe('WINDOW_BUSY');
  });

  it('is refused on a closed window', () => {
    const h = new TestHall();
    expect(codeOf(closeWindow(h.hall, h.state, W, clerk, T0))).toBe('WINDOW_CLOSED');
  });
});

describe('a window held by another clerk', () => {
  function busyHall(): TestHall {
    const h = openHall();
    h.issue('household', { at: T0 });
    h.issue('household', { at: T0 });
    return h;
  }

  it('refuses every command of another clerk', () => {
    const h = busyHall();
    const t = T0 + MINUTE;
    expect(codeOf(callNext(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(pauseWindow(h.hall, h.state, W, 'tea', otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(closeWindow(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    h.run(callNext(h.hall, h.state, W, clerk, t));
    expect(codeOf(recall(h.hall, h.state, W, otherClerk, t + MINUTE))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(startService(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(markNoShow(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(transferTicket(h.hall, h.state, W, { toServiceId: 'residence', note: 'n' }, otherClerk, t))).toBe(
      'WINDOW_HELD_BY_OTHER_CLERK',
    );
    h.run(startService(h.hall, h.state, W, clerk, t));
    expect(codeOf(finishService(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    h.run(finishService(h.hall, h.state, W, clerk, t));
    h.run(pauseWindow(h.hall, h.state, W, 'tea', clerk, t));
    expect(codeOf(resumeWindow(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
    expect(codeOf(closeWindow(h.hall, h.state, W, otherClerk, t))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
  });

  it('lets an admin act on it, and records the admin as the actor', () => {
    const h = busyHall();
    let t = T0 + MINUTE;
    const called = h.run(callNext(h.hall, h.state, W, admin, t));
    const ticketId = h.window(W).currentTicketId ?? '';
    expect(called.events[0]?.actor).toBe(admin.id);
    expect(h.ticket(ticketId).history.at(-1)).toMatchObject({ action: 'called', by: admin.id });
    t += MINUTE;
    h.run(recall(h.hall, h.state, W, admin, t));
    h.run(startService(h.hall, h.state, W, admin, t));
    h.run(finishService(h.hall, h.state, W, admin, t));
    h.run(callNext(h.hall, h.state, W, admin, t));
    h.run(recall(h.hall, h.state, W, admin, t + MINUTE));
    h.run(markNoShow(h.hall, h.state, W, admin, t + MINUTE));
    h.run(pauseWindow(h.hall, h.state, W, 'inspection', admin, t));
    h.run(resumeWindow(h.hall, h.state, W, admin, t));
    h.run(closeWindow(h.hall, h.state, W, admin, t));
    expect(h.window(W).state).toBe('closed');
  });

  it('treats the admin as a clerk of their own when they open a window', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, W, admin, T0));
    expect(h.window(W).clerkId).toBe(admin.id);
    expect(codeOf(callNext(h.hall, h.state, W, clerk, T0))).toBe('WINDOW_HELD_BY_OTHER_CLERK');
  });
});
