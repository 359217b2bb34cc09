import { describe, expect, it } from 'vitest';
import { callNext, recall } from './calling.ts';
import { finishService, markNoShow, startService, transferTicket } from './serving.ts';
import { clerk, codeOf, makeHall, MINUTE, otherClerk, type PolicyInput, T0, TestHall, WIN } from './test-fixtures.ts';
import { openWindow } from './window-session.ts';

/** A hall where `window` has just called one ticket of `serviceId` (window 1 by default). */
function calledAt(
  window: number = WIN.civil,
  opts: { serviceId?: string; lane?: 'normal' | 'elderly'; policy?: PolicyInput } = {},
): { h: TestHall; id: string } {
  const h = new TestHall(makeHall(opts.policy ?? {}));
  h.run(openWindow(h.hall, h.state, window, clerk, T0));
  const t = h.issue(opts.serviceId ?? 'household', { at: T0, lane: opts.lane ?? 'normal' });
  h.run(callNext(h.hall, h.state, window, clerk, T0 + MINUTE));
  return { h, id: t.id };
}

describe('startService', () => {
  it('starts serving the called ticket', () => {
    const { h, id } = calledAt();
    const before = h.ticket(id);
    const w = h.window(WIN.civil);
    const out = h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    const t = h.ticket(id);
    expect(t).toMatchObject({
      state: 'serving',
      startedAt: T0 + 2 * MINUTE,
      window: WIN.civil,
      version: before.version + 1,
    });
    expect(t.history).toEqual([
      ...before.history,
      { at: T0 + 2 * MINUTE, action: 'started', window: WIN.civil, serviceId: 'household', by: clerk.id },
    ]);
    expect(out.events).toEqual([{ type: 'ticket.started', actor: clerk.id, ticket: t }]);
    expect(h.window(WIN.civil)).toEqual(w);
  });

  it('needs a called ticket', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    expect(codeOf(startService(h.hall, h.state, WIN.civil, clerk, T0))).toBe('NO_CURRENT_TICKET');
    const { h: h2 } = calledAt();
    h2.run(startService(h2.hall, h2.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    expect(codeOf(startService(h2.hall, h2.state, WIN.civil, clerk, T0 + 3 * MINUTE))).toBe('INVALID_TRANSITION');
  });
});

describe('finishService', () => {
  it('finishes the ticket and frees the window', () => {
    const { h, id } = calledAt();
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    const w0 = h.window(WIN.civil);
    const out = h.run(finishService(h.hall, h.state, WIN.civil, clerk, T0 + 9 * MINUTE));
    const t = h.ticket(id);
    expect(t).toMatchObject({ state: 'done', finishedAt: T0 + 9 * MINUTE, startedAt: T0 + 2 * MINUTE, window: null });
    expect(t.history.at(-1)).toEqual({
      at: T0 + 9 * MINUTE,
      action: 'finished',
      window: WIN.civil,
      serviceId: 'household',
      by: clerk.id,
    });
    const w = h.window(WIN.civil);
    expect(w).toMatchObject({
      currentTicketId: null,
      changedAt: T0 + 9 * MINUTE,
      version: w0.version + 1,
      state: 'open',
    });
    expect(out.events).toEqual([{ type: 'ticket.finished', actor: clerk.id, ticket: t, window: w }]);
  });

  it('needs the service started first', () => {
    const { h, id } = calledAt();
    expect(codeOf(finishService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE))).toBe('INVALID_TRANSITION');
    expect(h.ticket(id).state).toBe('called');
  });

  it('needs a ticket at the window', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    expect(codeOf(finishService(h.hall, h.state, WIN.civil, clerk, T0))).toBe('NO_CURRENT_TICKET');
  });
});

describe('markNoShow', () => {
  it('is refused before policy.noShowMinRecalls recalls', () => {
    const { h, id } = calledAt(WIN.civil, { policy: { noShowMinRecalls: 2, recall: { max: 3, cooldownSeconds: 15 } } });
    expect(codeOf(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE))).toBe('NO_SHOW_TOO_EARLY');
    h.run(recall(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    expect(codeOf(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE))).toBe('NO_SHOW_TOO_EARLY');
    h.run(recall(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE));
    expect(codeOf(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + 4 * MINUTE))).toBe('ok');
    expect(h.ticket(id).state).toBe('called');
  });

  it('marks the ticket a no-show and frees the window', () => {
    const { h, id } = calledAt();
    h.run(recall(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    const out = h.run(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE));
    const t = h.ticket(id);
    expect(t).toMatchObject({ state: 'no-show', finishedAt: T0 + 3 * MINUTE, window: null, recalls: 1 });
    expect(t.history.map((s) => s.action)).toEqual(['issued', 'called', 'recalled', 'no-show']);
    expect(h.window(WIN.civil).currentTicketId).toBeNull();
    expect(out.events).toEqual([{ type: 'ticket.no-show', actor: clerk.id, ticket: t, window: h.window(WIN.civil) }]);
    // A no-show is final: it is never called again.
    expect(codeOf(callNext(h.hall, h.state, WIN.civil, clerk, T0 + 4 * MINUTE))).toBe('NO_TICKET_WAITING');
  });

  it('needs no recall when the policy asks for none', () => {
    const { h, id } = calledAt(WIN.civil, { policy: { noShowMinRecalls: 0 } });
    h.run(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + MINUTE));
    expect(h.ticket(id).state).toBe('no-show');
  });

  it('is refused once the citizen is being served', () => {
    const { h } = calledAt(WIN.civil, { policy: { noShowMinRecalls: 0 } });
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    expect(codeOf(markNoShow(h.hall, h.state, WIN.civil, clerk, T0 + 3 * MINUTE))).toBe('INVALID_TRANSITION');
  });
});

describe('transferTicket', () => {
  it('sends the ticket to another service with its queue position and its whole history', () => {
    const { h, id } = calledAt();
    h.run(startService(h.hall, h.state, WIN.civil, clerk, T0 + 2 * MINUTE));
    const before = h.ticket(id);
    const w0 = h.window(WIN.civil);
    const out = h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toServiceId: 'license', note: 'also registers a shop' },
        clerk,
        T0 + 5 * MINUTE,
      ),
    );
    const t = h.ticket(id);
    expect(t).toMatchObject({
      id: before.id,
      number: before.number,
      queueSeq: before.queueSeq,
      issuedAt: before.issuedAt,
      state: 'transferred',
      serviceId: 'license',
      targetWindow: null,
      window: null,
      queuedAt: T0 + 5 * MINUTE,
      calledAt: null,
      startedAt: null,
      recalls: 0,
      version: before.version + 1,
    });
    expect(t.history).toEqual([
      ...before.history,
      {
        at: T0 + 5 * MINUTE,
        action: 'transferred',
        window: WIN.civil,
        serviceId: 'license',
        by: clerk.id,
        note: 'also registers a shop',
      },
    ]);
    const w = h.window(WIN.civil);
    expect(w).toMatchObject({ currentTicketId: null, version: w0.version + 1, changedAt: T0 + 5 * MINUTE });
    expect(out.events).toEqual([{ type: 'ticket.transferred', actor: clerk.id, ticket: t, window: w }]);
  });

  it('transfers a called ticket before its service started', () => {
    const { h, id } = calledAt();
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toServiceId: 'residence', note: 'wrong queue' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h.ticket(id)).toMatchObject({ state: 'transferred', serviceId: 'residence' });
  });

  it('sends the ticket to a named window, keeping its service unless another is named', () => {
    const { h, id } = calledAt();
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toWindow: WIN.household, note: 'see my colleague' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h.ticket(id)).toMatchObject({ state: 'transferred', serviceId: 'household', targetWindow: WIN.household });
    const { h: h2, id: id2 } = calledAt();
    h2.run(
      transferTicket(
        h2.hall,
        h2.state,
        WIN.civil,
        { toServiceId: 'pension', toWindow: WIN.comprehensive, note: 'n' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h2.ticket(id2)).toMatchObject({ serviceId: 'pension', targetWindow: WIN.comprehensive });
  });

  it('may send a ticket to a window that is closed now', () => {
    const { h, id } = calledAt();
    expect(h.window(WIN.social).state).toBe('closed');
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toServiceId: 'pension', toWindow: WIN.social, note: 'n' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h.ticket(id).targetWindow).toBe(WIN.social);
  });

  it('refuses a transfer to the window that holds the ticket', () => {
    const { h, id } = calledAt();
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toWindow: WIN.civil, note: 'n' }, clerk, T0))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      codeOf(
        transferTicket(
          h.hall,
          h.state,
          WIN.civil,
          { toServiceId: 'residence', toWindow: WIN.civil, note: 'n' },
          clerk,
          T0,
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(h.ticket(id).state).toBe('called');
  });

  it('refuses a window that does not serve the service in the ticket lane', () => {
    const { h } = calledAt();
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toWindow: WIN.business, note: 'n' }, clerk, T0))).toBe(
      'SERVICE_NOT_SERVED_HERE',
    );
    expect(
      codeOf(
        transferTicket(
          h.hall,
          h.state,
          WIN.civil,
          { toServiceId: 'license', toWindow: WIN.household, note: 'n' },
          clerk,
          T0,
        ),
      ),
    ).toBe('SERVICE_NOT_SERVED_HERE');
    // The elderly help window takes only the elderly lane.
    expect(
      codeOf(transferTicket(h.hall, h.state, WIN.civil, { toWindow: WIN.elderlyHelp, note: 'n' }, clerk, T0)),
    ).toBe('SERVICE_NOT_SERVED_HERE');
  });

  it('sends an elderly ticket to the elderly help window', () => {
    const { h, id } = calledAt(WIN.civil, { lane: 'elderly' });
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.civil,
        { toWindow: WIN.elderlyHelp, note: 'needs help' },
        clerk,
        T0 + 2 * MINUTE,
      ),
    );
    expect(h.ticket(id)).toMatchObject({ targetWindow: WIN.elderlyHelp, lane: 'elderly' });
  });

  it('needs another service or a window', () => {
    const { h } = calledAt();
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { note: 'n' }, clerk, T0))).toBe('INVALID_TRANSITION');
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'household', note: 'n' }, clerk, T0))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('refuses unknown services and windows', () => {
    const { h } = calledAt();
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'passport', note: 'n' }, clerk, T0))).toBe(
      'UNKNOWN_SERVICE',
    );
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toWindow: 42, note: 'n' }, clerk, T0))).toBe(
      'UNKNOWN_WINDOW',
    );
  });

  it('needs a held ticket', () => {
    const h = new TestHall();
    h.run(openWindow(h.hall, h.state, WIN.civil, clerk, T0));
    expect(codeOf(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'residence', note: 'n' }, clerk, T0))).toBe(
      'NO_CURRENT_TICKET',
    );
  });

  it('keeps every step of a ticket passed along several windows', () => {
    const { h, id } = calledAt(WIN.civil);
    h.run(openWindow(h.hall, h.state, WIN.business, otherClerk, T0));
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, otherClerk, T0));
    let t = T0 + 2 * MINUTE;
    h.run(transferTicket(h.hall, h.state, WIN.civil, { toServiceId: 'license', note: 'first note' }, clerk, t));
    h.run(callNext(h.hall, h.state, WIN.business, otherClerk, (t += MINUTE)));
    h.run(recall(h.hall, h.state, WIN.business, otherClerk, (t += MINUTE)));
    h.run(startService(h.hall, h.state, WIN.business, otherClerk, (t += MINUTE)));
    h.run(
      transferTicket(
        h.hall,
        h.state,
        WIN.business,
        { toServiceId: 'pension', toWindow: WIN.comprehensive, note: 'second note' },
        otherClerk,
        (t += MINUTE),
      ),
    );
    h.run(callNext(h.hall, h.state, WIN.comprehensive, otherClerk, (t += MINUTE)));
    h.run(startService(h.hall, h.state, WIN.comprehensive, otherClerk, (t += MINUTE)));
    h.run(finishService(h.hall, h.state, WIN.comprehensive, otherClerk, (t += MINUTE)));
    const done = h.ticket(id);
    expect(done.history.map((s) => [s.action, s.window, s.serviceId])).toEqual([
      ['issued', null, 'household'],
      ['called', WIN.civil, 'household'],
      ['transferred', WIN.civil, 'license'],
      ['called', WIN.business, 'license'],
      ['recalled', WIN.business, 'license'],
      ['started', WIN.business, 'license'],
      ['transferred', WIN.business, 'pension'],
      ['called', WIN.comprehensive, 'pension'],
      ['started', WIN.comprehensive, 'pension'],
      ['finished', WIN.comprehensive, 'pension'],
    ]);
    expect(done.history.filter((s) => s.note !== undefined).map((s) => s.note)).toEqual(['first note', 'second note']);
    expect(done.version).toBe(done.history.length);
    expect(done).toMatchObject({ state: 'done', serviceId: 'pension', queueSeq: 1 });
  });
});
