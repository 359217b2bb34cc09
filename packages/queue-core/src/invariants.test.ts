/**
 * Property-based tests: random sequences of commands, driven against the pure core exactly as the hub
 * drives it (each successful outcome applied with applyOutcome, time passed in and only moving forward),
 * with the hall's invariants checked after every step.
 */
import {
  CALLABLE_STATES,
  HELD_STATES,
  type Lane,
  type QueuePolicy,
  type Ticket,
  type WindowConfig,
  type WindowState,
} from '@hall/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { callNext, callTicket, recall } from './calling.ts';
import { closeDay } from './day-close.ts';
import { windowMayCall } from './hall-index.ts';
import type { Result } from './result.ts';
import { isBookingDue } from './routing.ts';
import { finishService, markNoShow, startService, transferTicket } from './serving.ts';
import { applyOutcome, type HallState, type Outcome } from './state.ts';
import {
  admin,
  clerk,
  makeHall,
  MINUTE,
  otherClerk,
  type PolicyInput,
  SERVICE_IDS,
  seniorClerk,
  T0,
  TestHall,
  WIN,
} from './test-fixtures.ts';
import { closeWindow, openWindow, pauseWindow, resumeWindow } from './window-session.ts';

const NUM_RUNS = 200;
const ACTORS: readonly Actor[] = [clerk, otherClerk, admin, seniorClerk];
const WINDOW_NUMBERS: readonly number[] = Object.values(WIN);
/** Not in the hall: transfers there must be refused. */
const UNKNOWN_WINDOW = 99;

type SimpleVerb = 'open' | 'callNext' | 'start' | 'finish' | 'recall' | 'noShow' | 'resume' | 'close';

/**
 * Which window a command goes to, resolved against the hall when it runs: usually one that is open or
 * paused (a clerk presses buttons at the window they sit at), sometimes any window at all.
 */
interface WindowTarget {
  pick: number;
  anyWindow: boolean;
}

/** An index into ACTORS, or whoever holds the window now (most commands come from the window's clerk). */
type ActorChoice = number | 'holder';

type Command =
  | { kind: 'issue'; dt: number; serviceId: string; lane: Lane; slotOffsetMinutes: number }
  | { kind: SimpleVerb; dt: number; target: WindowTarget; actor: ActorChoice }
  | { kind: 'pause'; dt: number; target: WindowTarget; actor: ActorChoice; reason: string }
  | { kind: 'callTicket'; dt: number; target: WindowTarget; actor: ActorChoice; pick: number }
  | {
      kind: 'transfer';
      dt: number;
      target: WindowTarget;
      actor: ActorChoice;
      toServiceId: string | undefined;
      toWindow: number | undefined;
    }
  | { kind: 'closeDay'; dt: number };

/** Clock steps: often none (two presses in the same millisecond), at most a minute and a half. */
const dtArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 90_000 }));
const targetArb: fc.Arbitrary<WindowTarget> = fc.record({
  pick: fc.nat(),
  anyWindow: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }),
});
const someActorArb = fc.integer({ min: 0, max: ACTORS.length - 1 });
const actorArb: fc.Arbitrary<ActorChoice> = fc.oneof(
  { arbitrary: fc.constant('holder' as const), weight: 6 },
  { arbitrary: someActorArb, weight: 1 },
);
const serviceArb = fc.constantFrom(...SERVICE_IDS);

const issueArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constant('issue' as const),
  dt: dtArb,
  serviceId: serviceArb,
  lane: fc.constantFrom<Lane>('normal', 'normal', 'elderly', 'booking'),
  slotOffsetMinutes: fc.integer({ min: -30, max: 120 }),
});

function verbArb(kind: SimpleVerb): fc.Arbitrary<Command> {
  // Anyone may try to open any window; the other commands mostly come from the window's clerk.
  if (kind === 'open') {
    return fc.record({
      kind: fc.constant(kind),
      dt: dtArb,
      target: fc.record({ pick: fc.nat(), anyWindow: fc.constant(true) }),
      actor: someActorArb,
    });
  }
  return fc.record({ kind: fc.constant(kind), dt: dtArb, target: targetArb, actor: actorArb });
}

const pauseArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constant('pause' as const),
  dt: dtArb,
  target: targetArb,
  actor: actorArb,
  reason: fc.constantFrom('lunch', 'printer jam', 'lunch', ' '),
});

const callTicketArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constant('callTicket' as const),
  dt: dtArb,
  target: targetArb,
  actor: actorArb,
  pick: fc.nat(),
});

const transferArb: fc.Arbitrary<Command> = fc.record({
  kind: fc.constant('transfer' as const),
  dt: dtArb,
  target: targetArb,
  actor: actorArb,
  toServiceId: fc.option(serviceArb, { nil: undefined }),
  toWindow: fc.option(fc.constantFrom(...WINDOW_NUMBERS, UNKNOWN_WINDOW), { nil: undefined }),
});

const closeDayArb: fc.Arbitrary<Command> = fc.record({ kind: fc.constant('closeDay' as const), dt: dtArb });

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: issueArb, weight: 10 },
  { arbitrary: verbArb('open'), weight: 4 },
  { arbitrary: verbArb('callNext'), weight: 12 },
  { arbitrary: callTicketArb, weight: 4 },
  { arbitrary: verbArb('start'), weight: 8 },
  { arbitrary: verbArb('finish'), weight: 8 },
  { arbitrary: verbArb('recall'), weight: 6 },
  { arbitrary: verbArb('noShow'), weight: 4 },
  { arbitrary: transferArb, weight: 6 },
  { arbitrary: pauseArb, weight: 2 },
  { arbitrary: verbArb('resume'), weight: 3 },
  { arbitrary: verbArb('close'), weight: 1 },
  { arbitrary: closeDayArb, weight: 1 },
);

/** `size: 'max'`: long days, where the interesting states (transfers of transfers, held tickets at day close) arise. */
const commandsArb = fc.array(commandArb, { minLength: 1, maxLength: 150, size: 'max' });

const policyArb: fc.Arbitrary<PolicyInput> = fc
  .record({
    elderly: fc.oneof(
      fc.constant({ rule: 'strict' as const }),
      fc.integer({ min: 1, max: 4 }).map((k) => ({ rule: 'ratio' as const, normalPerElderly: k })),
    ),
    recall: fc.record({ max: fc.integer({ min: 0, max: 3 }), cooldownSeconds: fc.integer({ min: 0, max: 30 }) }),
    noShowMinRecalls: fc.integer({ min: 0, max: 2 }),
    bookingEarlyMinutes: fc.integer({ min: 0, max: 15 }),
  })
  // A hall may not ask for more recalls before a no-show than it allows.
  .map((p) => ({ ...p, noShowMinRecalls: Math.min(p.noShowMinRecalls, p.recall.max) }));

/** Windows where a command of this kind would make sense: where a clerk would press that button. */
function plausibleFor(kind: Exclude<Command['kind'], 'issue' | 'closeDay'>, w: WindowState): boolean {
  const free = w.state === 'open' && w.currentTicketId === null;
  switch (kind) {
    case 'open':
      return true;
    case 'callNext':
    case 'pause':
      return free;
    case 'callTicket': {
      const holder = ACTORS.find((a) => a.id === w.clerkId);
      return free && holder !== undefined && (holder.isAdmin || holder.canCallOutOfOrder);
    }
    case 'start':
    case 'finish':
    case 'recall':
    case 'noShow':
    case 'transfer':
      return w.currentTicketId !== null;
    case 'resume':
      return w.state === 'paused';
    case 'close':
      return w.state !== 'closed' && w.currentTicketId === null;
  }
}

function resolveWindow(
  h: TestHall,
  kind: Exclude<Command['kind'], 'issue' | 'closeDay'>,
  target: WindowTarget,
): number {
  const plausible = WINDOW_NUMBERS.filter((n) => {
    const w = h.state.windows.get(n);
    return w !== undefined && plausibleFor(kind, w);
  });
  const from = target.anyWindow || plausible.length === 0 ? WINDOW_NUMBERS : plausible;
  return from[target.pick % from.length] ?? WIN.civil;
}

function actorOf(h: TestHall, window: number, choice: ActorChoice): Actor {
  const id = choice === 'holder' ? h.state.windows.get(window)?.clerkId : ACTORS[choice]?.id;
  return ACTORS.find((a) => a.id === id) ?? clerk;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

interface Executed {
  /** null when the command was applied by the bench itself (issue) or changed nothing (closeDay refused). */
  result: Result<Outcome> | null;
  window: number | null;
}

/** Runs one command against the core; successful outcomes are applied by the caller. */
function execute(h: TestHall, cmd: Command, now: number): Executed {
  const { hall, state } = h;
  if (cmd.kind === 'issue') {
    const booking =
      cmd.lane === 'booking'
        ? {
            code: `BK${now}`,
            slotStart: now + cmd.slotOffsetMinutes * MINUTE,
            slotEnd: now + (cmd.slotOffsetMinutes + 30) * MINUTE,
          }
        : null;
    // The bench applies the outcome itself, and uses up the number only when the ticket is stored.
    h.tryIssue(cmd.serviceId, { at: now, lane: cmd.lane, booking });
    return { result: null, window: null };
  }
  if (cmd.kind === 'closeDay') {
    const out = closeDay(state, nextDay(state.businessDay), admin, now);
    return { result: out === null ? null : { ok: true, value: out }, window: null };
  }
  const window = resolveWindow(h, cmd.kind, cmd.target);
  const actor = actorOf(h, window, cmd.actor);
  const run = (): Result<Outcome> => {
    switch (cmd.kind) {
      case 'open':
        return openWindow(hall, state, window, actor, now);
      case 'callNext':
        return callNext(hall, state, window, actor, now);
      case 'callTicket': {
        // Mostly a ticket that waits; now and then any ticket of the hall.
        const waiting = [...state.tickets.values()].filter((t) => CALLABLE_STATES.includes(t.state));
        const pool = waiting.length > 0 && cmd.pick % 4 !== 0 ? waiting : [...state.tickets.values()];
        const id = pool[cmd.pick % Math.max(1, pool.length)]?.id ?? 'no-such-ticket';
        return callTicket(hall, state, window, id, actor, now);
      }
      case 'start':
        return startService(hall, state, window, actor, now);
      case 'finish':
        return finishService(hall, state, window, actor, now);
      case 'recall':
        return recall(hall, state, window, actor, now);
      case 'noShow':
        return markNoShow(hall, state, window, actor, now);
      case 'transfer':
        return transferTicket(
          hall,
          state,
          window,
          { toServiceId: cmd.toServiceId, toWindow: cmd.toWindow, note: 'sent on' },
          actor,
          now,
        );
      case 'pause':
        return pauseWindow(hall, state, window, cmd.reason, actor, now);
      case 'resume':
        return resumeWindow(hall, state, window, actor, now);
      case 'close':
        return closeWindow(hall, state, window, actor, now);
    }
  };
  return { result: run(), window };
}

function windowConfig(h: TestHall, number: number): WindowConfig {
  const w = h.hall.windows.get(number);
  if (!w) throw new Error(`no window ${number}`);
  return w;
}

/** Throws with a message when a checked fact is false (cheaper than expect() inside the hot loops). */
function check(fact: boolean, message: () => string): void {
  if (!fact) throw new Error(message());
}

/** Invariant 1: a number is issued once per business day (and an id once for ever). */
class IssuedNumbers {
  private readonly numbers = new Set<string>();
  private readonly ids = new Set<string>();

  add(t: Ticket): void {
    const key = `${t.businessDay} ${t.number}`;
    check(!this.numbers.has(key), () => `number ${t.number} issued twice on ${t.businessDay}`);
    check(!this.ids.has(t.id), () => `ticket id ${t.id} issued twice`);
    check(
      t.id === `${t.businessDay}/${t.number}`,
      () => `ticket id ${t.id} does not match ${t.businessDay} ${t.number}`,
    );
    this.numbers.add(key);
    this.ids.add(t.id);
  }
}

/** Invariant 2: one holder per ticket, and every window points at a ticket it holds. */
function checkHolders(state: HallState): void {
  const holderOf = new Map<string, number>();
  for (const w of state.windows.values()) {
    if (w.currentTicketId === null) continue;
    const id = w.currentTicketId;
    check(w.state === 'open', () => `window ${w.number} is ${w.state} but holds ${id}`);
    const t = state.tickets.get(id);
    check(t !== undefined, () => `window ${w.number} points at ${id}, which the hall does not have`);
    if (!t) continue;
    check(HELD_STATES.includes(t.state), () => `window ${w.number} points at ${t.number}, which is ${t.state}`);
    check(t.window === w.number, () => `window ${w.number} holds ${t.number}, which says window ${String(t.window)}`);
    const other = holderOf.get(id);
    check(other === undefined, () => `${t.number} is held by windows ${String(other)} and ${w.number}`);
    holderOf.set(id, w.number);
  }
  for (const t of state.tickets.values()) {
    if (HELD_STATES.includes(t.state)) {
      check(
        holderOf.get(t.id) === t.window,
        () => `${t.number} is ${t.state} at window ${String(t.window)}, which does not hold it`,
      );
    } else {
      check(t.window === null, () => `${t.number} is ${t.state} yet names window ${String(t.window)}`);
    }
  }
}

/** Invariant 5: a ticket's history only ever grows, earlier steps unchanged, one version per step. */
function checkHistories(seen: Map<string, Ticket>, state: HallState): void {
  for (const t of state.tickets.values()) {
    const before = seen.get(t.id);
    if (before === t) continue;
    check(t.version === t.history.length, () => `${t.number}: version ${t.version} for ${t.history.length} steps`);
    if (before) {
      check(t.history.length >= before.history.length, () => `${t.number}: history shrank`);
      expect(t.history.slice(0, before.history.length), `${t.number}: earlier steps changed`).toEqual(before.history);
      check(
        t.version - before.version === t.history.length - before.history.length,
        () =>
          `${t.number}: version moved by ${t.version - before.version} for ${t.history.length - before.history.length} new steps`,
      );
      check(t.queueSeq === before.queueSeq, () => `${t.number}: queue position changed`);
      check(t.number === before.number && t.businessDay === before.businessDay, () => `${t.id}: number changed`);
    } else {
      check(
        t.history.length === 1 && t.history[0]?.action === 'issued',
        () => `${t.number}: a new ticket starts with one issued step`,
      );
    }
    seen.set(t.id, t);
  }
}

/** Queue positions are unique, and the counter is ahead of all of them. */
function checkQueueSeqs(state: HallState): void {
  const seqs = new Set<number>();
  for (const t of state.tickets.values()) {
    check(!seqs.has(t.queueSeq), () => `queueSeq ${t.queueSeq} given twice`);
    check(t.queueSeq <= state.lastQueueSeq, () => `queueSeq ${t.queueSeq} ahead of the counter ${state.lastQueueSeq}`);
    seqs.add(t.queueSeq);
  }
}

/** Invariant 3 (and the booking and strict rules): what callNext picked, judged against the hall before the call. */
function checkPick(h: TestHall, before: HallState, windowNumber: number, picked: Ticket, now: number): void {
  const config = windowConfig(h, windowNumber);
  const policy = h.hall.config.policy;
  const callable = [...before.tickets.values()].filter(
    (t) => CALLABLE_STATES.includes(t.state) && windowMayCall(config, t),
  );
  check(
    callable.some((t) => t.id === picked.id),
    () => `window ${windowNumber} called ${picked.number}, which it may not call`,
  );
  // Judged again without windowMayCall: a transfer to a named window binds the ticket to it; otherwise
  // the window must serve the ticket's service and lane.
  const was = before.tickets.get(picked.id);
  if (was !== undefined && was.targetWindow !== null) {
    check(
      was.targetWindow === windowNumber,
      () => `window ${windowNumber} took ${picked.number}, sent to window ${String(was.targetWindow)}`,
    );
  } else if (was !== undefined) {
    const serves = config.services === 'all' || config.services.includes(was.serviceId);
    const lanes = config.lanes === undefined || config.lanes.includes(was.lane);
    check(serves && lanes, () => `window ${windowNumber} does not serve ${was.serviceId} in the ${was.lane} lane`);
  }
  const dueBookings = callable.filter((t) => t.lane === 'booking' && isBookingDue(t, now, policy));
  check(
    dueBookings.length === 0 || dueBookings.some((t) => t.id === picked.id),
    () => `window ${windowNumber} called ${picked.number} while booking ${dueBookings[0]?.number ?? ''} was due`,
  );
  if (picked.lane === 'normal' || picked.lane === 'elderly') {
    const older = callable.filter((t) => t.lane === picked.lane && t.queueSeq < picked.queueSeq);
    check(
      older.length === 0,
      () =>
        `window ${windowNumber} called ${picked.number} (${picked.lane}) before ${older.map((t) => t.number).join(', ')}`,
    );
    if (policy.elderly.rule === 'strict' && picked.lane === 'normal') {
      const elderly = callable.filter((t) => t.lane === 'elderly');
      check(
        elderly.length === 0,
        () => `strict rule: ${picked.number} called before elderly ${elderly[0]?.number ?? ''}`,
      );
    }
  } else if (!isBookingDue(picked, now, policy)) {
    const others = callable.filter((t) => t.lane !== 'booking');
    check(others.length === 0, () => `early booking ${picked.number} called while ${others[0]?.number ?? ''} waited`);
  }
}

/** What sort of call callNext made, to make sure the random days reach each rule. */
function pickKind(before: HallState, picked: Ticket, now: number, policy: QueuePolicy): string {
  const was = before.tickets.get(picked.id);
  if (was !== undefined && was.targetWindow !== null) return 'pick:transferred-to-window';
  if (was?.state === 'transferred') return 'pick:transferred-to-service';
  if (picked.lane === 'booking') return isBookingDue(picked, now, policy) ? 'pick:booking-due' : 'pick:booking-early';
  return `pick:${picked.lane}`;
}

/** The windows staffed when the hall opens in the morning, and by whom (indexes into ACTORS). */
const openingArb = fc.uniqueArray(fc.record({ window: fc.constantFrom(...WINDOW_NUMBERS), actor: someActorArb }), {
  selector: (o) => o.window,
  maxLength: WINDOW_NUMBERS.length,
});

/** Plays a day of commands, checking the invariants after each; returns how often each kind succeeded. */
function playDay(
  policy: PolicyInput,
  opening: ReadonlyArray<{ window: number; actor: number }>,
  commands: readonly Command[],
): Map<string, number> {
  const h = new TestHall(makeHall(policy));
  for (const o of opening) h.run(openWindow(h.hall, h.state, o.window, ACTORS[o.actor] ?? clerk, T0));
  const seen = new Map<string, Ticket>();
  const issued = new IssuedNumbers();
  const succeeded = new Map<string, number>();
  const count = (kind: string) => succeeded.set(kind, (succeeded.get(kind) ?? 0) + 1);
  let now = T0;
  for (const cmd of commands) {
    now += cmd.dt;
    const before = h.state;
    const { result, window } = execute(h, cmd, now);
    if (cmd.kind === 'issue') {
      // tryIssue applied it: any ticket new to the hall is the one just issued.
      for (const t of h.state.tickets.values()) {
        if (!before.tickets.has(t.id)) {
          issued.add(t);
          count('issue');
        }
      }
    } else if (result?.ok) {
      h.state = applyOutcome(before, result.value);
      if (result.value.events.length > 0) count(cmd.kind);
      if (cmd.kind === 'callNext' && window !== null) {
        const picked = result.value.events[0]?.ticket;
        check(picked !== undefined, () => 'callNext succeeded without a ticket');
        if (picked) {
          checkPick(h, before, window, picked, now);
          count(pickKind(before, picked, now, h.hall.config.policy));
        }
      }
    }
    checkHolders(h.state);
    checkHistories(seen, h.state);
    checkQueueSeqs(h.state);
  }
  return succeeded;
}

describe('hall invariants under random command sequences', () => {
  it('holds invariants 1, 2, 3 and 5 after every command, and reaches every command', () => {
    const succeeded = new Map<string, number>();
    fc.assert(
      fc.property(policyArb, openingArb, commandsArb, (policy, opening, commands) => {
        for (const [kind, n] of playDay(policy, opening, commands)) succeeded.set(kind, (succeeded.get(kind) ?? 0) + n);
      }),
      { numRuns: NUM_RUNS },
    );
    // Guards the generator: a property that never reaches a command, or a rule, proves nothing about it.
    const kinds = [
      'callNext',
      'callTicket',
      'close',
      'closeDay',
      'finish',
      'issue',
      'noShow',
      'open',
      'pause',
      'recall',
      'resume',
      'start',
      'transfer',
    ];
    for (const kind of kinds)
      expect(succeeded.get(kind) ?? 0, `${kind} succeeded`).toBeGreaterThanOrEqual(NUM_RUNS / 10);
    const picks = [
      'normal',
      'elderly',
      'booking-due',
      'booking-early',
      'transferred-to-service',
      'transferred-to-window',
    ];
    for (const pick of picks)
      expect(succeeded.get(`pick:${pick}`) ?? 0, `callNext picked ${pick}`).toBeGreaterThanOrEqual(3);
  });
});

describe('the ratio rule at one window', () => {
  const laneArb = fc.constantFrom<Lane>('normal', 'elderly');
  const queueArb = fc.array(fc.record({ serviceId: serviceArb, lane: laneArb }), {
    minLength: 1,
    maxLength: 40,
    size: 'max',
  });

  /** Issues the whole queue up front, then lets the comprehensive window call until nobody waits. */
  function callOrder(policy: PolicyInput, queue: ReadonlyArray<{ serviceId: string; lane: Lane }>): Ticket[] {
    const h = new TestHall(makeHall(policy));
    for (const q of queue) h.issue(q.serviceId, { at: T0, lane: q.lane });
    h.run(openWindow(h.hall, h.state, WIN.comprehensive, clerk, T0));
    const order: Ticket[] = [];
    let now = T0 + MINUTE;
    for (;;) {
      const r = callNext(h.hall, h.state, WIN.comprehensive, clerk, now);
      if (!r.ok) {
        expect(r.error.code).toBe('NO_TICKET_WAITING');
        break;
      }
      h.run(r);
      const id = h.window(WIN.comprehensive).currentTicketId ?? '';
      order.push(h.ticket(id));
      h.run(startService(h.hall, h.state, WIN.comprehensive, clerk, (now += MINUTE)));
      h.run(finishService(h.hall, h.state, WIN.comprehensive, clerk, (now += MINUTE)));
    }
    expect(order).toHaveLength(queue.length);
    return order;
  }

  it('invariant 4: never starves the normal lane', () => {
    fc.assert(
      fc.property(queueArb, fc.integer({ min: 1, max: 5 }), (queue, k) => {
        const order = callOrder({ elderly: { rule: 'ratio', normalPerElderly: k } }, queue);
        order.forEach((n, i) => {
          if (n.lane !== 'normal') return;
          const calledBefore = order.slice(0, i);
          const normalBefore = calledBefore.filter((t) => t.lane === 'normal').length;
          const youngerElderlyBefore = calledBefore.filter(
            (t) => t.lane === 'elderly' && t.queueSeq > n.queueSeq,
          ).length;
          expect(
            youngerElderlyBefore,
            `${n.number}: elderly passing it vs normal calls before it (k = ${k})`,
          ).toBeLessThanOrEqual(Math.floor(normalBefore / k));
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never lets a younger normal ticket pass an elderly one', () => {
    fc.assert(
      fc.property(queueArb, fc.integer({ min: 1, max: 5 }), (queue, k) => {
        const order = callOrder({ elderly: { rule: 'ratio', normalPerElderly: k } }, queue);
        order.forEach((e, i) => {
          if (e.lane !== 'elderly') return;
          const passed = order.slice(0, i).filter((t) => t.lane === 'normal' && t.queueSeq > e.queueSeq);
          expect(passed.map((t) => t.number)).toEqual([]);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('calls each lane in queue order, and all elderly first under the strict rule', () => {
    fc.assert(
      fc.property(queueArb, fc.boolean(), (queue, strict) => {
        const policy: PolicyInput = strict ? { elderly: { rule: 'strict' } } : {};
        const order = callOrder(policy, queue);
        for (const lane of ['normal', 'elderly'] as const) {
          const seqs = order.filter((t) => t.lane === lane).map((t) => t.queueSeq);
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        }
        if (strict) {
          const lanes = order.map((t) => t.lane);
          const firstNormal = lanes.indexOf('normal');
          if (firstNormal >= 0) expect(lanes.slice(firstNormal)).not.toContain('elderly');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
