import {
  maskName,
  statusPathOf,
  UNSATISFIED_LEVELS,
  looksUnmasked,
  type IssuedTicket,
  type IssueTicketBody,
  type MaskedHolder,
  type StoredEvent,
  type TicketBooking,
  type WindowCommand,
  type WindowCommandResult,
} from '@hall/protocol';
import {
  applyOutcomeInPlace,
  callNext,
  callTicket,
  checkInVerdictOf,
  checkInWindowOf,
  closeDay,
  closedWindow,
  describeLocalTime,
  closeWindow,
  fail,
  finishService,
  issueTicket,
  localDateOf,
  markNoShow,
  ok,
  openWindow,
  pauseWindow,
  prefixFor,
  rateTicket,
  expireRatings,
  recall,
  resolveBusinessDay,
  resumeWindow,
  startService,
  ticketingOpen,
  transferTicket,
  type Actor,
  type HallIndex,
  type HallState,
  type Outcome,
  type Result,
} from '@hall/queue-core';
import { ConstraintViolationError, StaleWriteError, StorageUnavailableError, type HallStore } from '@hall/store';
import type { Logger } from 'pino';
import { actorOf, type Principal } from '../auth/principal.ts';
import { newId, newReadableCode } from '../auth/secrets.ts';
import type { Clock } from '../clock.ts';
import { fingerprintOf } from './fingerprint.ts';
import type { CheckInGuard } from '../kiosk/check-in-guard.ts';
import { Refusal } from './refusal.ts';
import { rollUpStoredDay } from '../reports/roll-up-day.ts';

const REQUEST_MEMORY_MS = 3 * 24 * 3600_000;

/** The hub itself, as the actor of automatic changes such as closing a day. */
const SYSTEM: Actor = { id: 'system', name: 'system', isAdmin: true, canCallOutOfOrder: false };

export interface CommandReply<T> {
  result: Result<T>;
  /** True when the request id had been seen: the stored first result is returned, nothing is applied. */
  replayed: boolean;
}

/** What a command decided: the outcome to store, and the reply built once its events are stored. */
export interface Decision<T> {
  outcome: Outcome;
  reply: (stored: StoredEvent[]) => T;
}

type CommittedListener = (events: StoredEvent[]) => void;
type ConfigListener = (version: number) => void;

/**
 * The single authority on tickets: it runs each command of the pure core inside one SQLite transaction
 * together with its events and its request-id record, and only then updates memory and tells listeners.
 */
export class HallService {
  private current: HallState;
  private lastId: number;
  private index: HallIndex;
  private version: number;
  private readonly listeners = new Set<CommittedListener>();
  private readonly configListeners = new Set<ConfigListener>();

  constructor(
    hall: HallIndex,
    private readonly store: HallStore,
    private readonly clock: Clock,
    private readonly log: Logger,
    configVersion = 1,
    /** Checks a check-in's phone digits and counts a kiosk's failures (none: the code alone, as in tests of the core). */
    private readonly checkIn?: CheckInGuard,
  ) {
    this.index = hall;
    this.version = configVersion;
    const loaded = this.loadFromStore();
    this.current = loaded.state;
    this.lastId = loaded.lastEventId;
    // A day that ended while the hub was down is closed before anyone sees yesterday's queue.
    this.advanceDay();
  }

  get state(): HallState {
    return this.current;
  }

  /** The hall configuration in force; read it anew each time, an admin may replace it during the day. */
  get hall(): HallIndex {
    return this.index;
  }

  /** The stored configuration version `hall` was built from. */
  get configVersion(): number {
    return this.version;
  }

  /**
   * Switches to a new configuration in one step, once it is stored (with its windows' rows, see
   * ConfigDesk): the queue stays as it is, a new window starts closed (or as the database last held it,
   * for a window that comes back), and a removed window (closed: ConfigDesk checks) leaves memory.
   */
  useConfig(next: HallIndex, version: number): void {
    const now = this.clock.now();
    const stored = new Map(this.store.windows.list().map((w) => [w.number, w]));
    const windows = new Map(
      next.config.windows.map((w) => [
        w.number,
        this.current.windows.get(w.number) ?? stored.get(w.number) ?? closedWindow(w.number, now),
      ]),
    );
    this.current = { ...this.current, windows };
    this.index = next;
    this.version = version;
    this.log.info({ configVersion: version }, 'hall configuration applied');
    for (const listener of this.configListeners) {
      try {
        listener(version);
      } catch (err) {
        this.log.error({ err }, 'configuration listener failed');
      }
    }
  }

  onConfigChanged(listener: ConfigListener): () => void {
    this.configListeners.add(listener);
    return () => this.configListeners.delete(listener);
  }

  /** The hall clock (tests step it). */
  now(): number {
    return this.clock.now();
  }

  get lastEventId(): number {
    return this.lastId;
  }

  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the business day when the hall clock has passed local midnight. Safe to call often. */
  advanceDay(): void {
    const now = this.clock.now();
    const day = resolveBusinessDay(now, this.hall.config.timeZone, this.current.businessDay);
    const outcome = closeDay(this.current, day, SYSTEM, now);
    if (!outcome) return;
    const closing = this.current.businessDay;
    const stored = this.store.transaction(() => {
      // Clients retry within minutes; three days of request ids is plenty, and keeps the table small.
      this.store.requests.pruneBefore(now - REQUEST_MEMORY_MS);
      const events = this.store.persist(outcome, now);
      // The closed day's report figures, final now that its waiting tickets are cancelled.
      rollUpStoredDay(this.store, this.hall.config, closing);
      return events;
    });
    const cancelled = outcome.events.filter((e) => e.type === 'ticket.cancelled').length;
    this.log.info({ from: this.current.businessDay, to: day, cancelled }, 'business day closed');
    this.applyCommitted(outcome, stored);
  }

  issueTicket(principal: Principal, body: IssueTicketBody): CommandReply<IssuedTicket> {
    const holder = this.holderFrom(body.holder);
    if (!holder.ok) return { result: holder, replayed: false };
    const actor = actorOf(principal);
    return this.execute(principal.id, body.requestId, fingerprintOf('ticket:issue', body), (now) => {
      const prefix = prefixFor(this.hall, body.serviceId);
      if (!prefix.ok) return prefix;
      // Checked before a number is taken, though a refusal rolls the number back anyway.
      const open = ticketingOpen(this.hall, body.serviceId, body.lane, now);
      if (!open.ok) return open;
      const booking =
        body.lane === 'booking'
          ? this.bookingFor(principal.id, body.bookingCode ?? '', body.bookingPhoneLast4, body.serviceId, now)
          : ok(null);
      if (!booking.ok) return booking;
      const seq = this.store.counters.take(this.current.businessDay, prefix.value);
      const request = {
        serviceId: body.serviceId,
        lane: body.lane,
        holder: booking.value?.holder ?? holder.value,
        booking: booking.value?.booking ?? null,
        // 10 characters, 50 bits: not guessable, short enough for a QR code that scans at a glance.
        statusCode: newReadableCode(10),
      };
      const issued = issueTicket(this.hall, this.current, request, seq, actor, now);
      if (!issued.ok) return issued;
      const { ticket, peopleAhead, estimatedWaitMinutes, wait } = issued.value;
      if (booking.value && !this.store.bookings.markCheckedIn(booking.value.booking.code, ticket.id, now)) {
        return fail('BOOKING_ALREADY_USED', `booking ${booking.value.booking.code} has already been checked in`);
      }
      const statusPath = statusPathOf(ticket.statusCode);
      return ok({
        outcome: issued.value,
        reply: () => ({ ticket, peopleAhead, estimatedWaitMinutes, wait, statusPath }),
      });
    });
  }

  /**
   * A command decided outside this class (the guidance desk, GuideDesk): the same request-id memory, the same
   * single transaction with its events, and the same listeners as the commands here.
   */
  command<T>(
    principal: Principal,
    requestId: string,
    fingerprint: string,
    decide: (now: number) => Result<Decision<T>>,
  ): CommandReply<T> {
    return this.execute(principal.id, requestId, fingerprint, decide);
  }

  windowCommand(principal: Principal, command: WindowCommand): CommandReply<WindowCommandResult> {
    const actor = actorOf(principal);
    const { window: number } = command;
    return this.execute(principal.id, command.requestId, fingerprintOf(`window:${command.action}`, command), (now) => {
      if (command.action === 'rate') {
        const allowed = this.mayRate(principal, command.window);
        if (!allowed.ok) return allowed;
      }
      const decided = this.decideWindow(command, actor, now);
      if (!decided.ok) return decided;
      const outcome = decided.value;
      this.openFollowUps(outcome, now);
      return ok({
        outcome,
        reply: (stored) => {
          const window = outcome.events.findLast((e) => e.window)?.window ?? this.current.windows.get(number) ?? null;
          if (!window) throw new Error(`window ${number} has no state`);
          return {
            window,
            ticket: outcome.events.findLast((e) => e.ticket)?.ticket ?? null,
            eventIds: stored.map((e) => e.id),
          };
        },
      });
    });
  }

  private decideWindow(c: WindowCommand, actor: Actor, now: number): Result<Outcome> {
    const { hall, current: s } = this;
    switch (c.action) {
      case 'open':
        return openWindow(hall, s, c.window, actor, now);
      case 'call-next':
        return callNext(hall, s, c.window, actor, now);
      case 'call-ticket':
        return callTicket(hall, s, c.window, c.ticketId, actor, now);
      case 'recall':
        return recall(hall, s, c.window, actor, now);
      case 'start':
        return startService(hall, s, c.window, actor, now);
      case 'finish':
        return finishService(hall, s, c.window, actor, now);
      case 'no-show':
        return markNoShow(hall, s, c.window, actor, now);
      case 'transfer':
        return transferTicket(
          hall,
          s,
          c.window,
          { toServiceId: c.toServiceId, toWindow: c.toWindow, note: c.note },
          actor,
          now,
        );
      case 'pause':
        return pauseWindow(hall, s, c.window, c.reason, actor, now);
      case 'resume':
        return resumeWindow(hall, s, c.window, actor, now);
      case 'close':
        return closeWindow(hall, s, c.window, actor, now);
      case 'rate':
        return rateTicket(hall, s, c.window, c.level, c.source, actor, now);
    }
  }

  /** A rating comes from the window's rating tablet, or from the terminal of the clerk holding the window. */
  private mayRate(principal: Principal, window: number): Result<true> {
    if (principal.kind === 'device') {
      return principal.device.window === window
        ? ok(true)
        : fail('FORBIDDEN', `this rating tablet belongs to window ${principal.device.window ?? '?'}, not ${window}`);
    }
    const w = this.current.windows.get(window);
    if (principal.role === 'admin' || w?.clerkId === principal.id) return ok(true);
    return fail('WINDOW_HELD_BY_OTHER_CLERK', `window ${window} is not yours to rate`);
  }

  /** An unsatisfied rating opens a follow-up for a supervisor, in the same transaction as the rating. */
  private openFollowUps(outcome: Outcome, now: number): void {
    for (const e of outcome.events) {
      const rating = e.type === 'ticket.rated' ? e.ticket?.rating : undefined;
      if (!e.ticket || !rating || rating.level === 'not-rated' || !UNSATISFIED_LEVELS.includes(rating.level)) continue;
      this.store.followUps.open({
        id: newId('follow-up'),
        ticketId: e.ticket.id,
        ticketNumber: e.ticket.number,
        window: rating.window,
        clerkId: rating.clerkId,
        level: rating.level,
        createdAt: now,
      });
    }
  }

  /** Ratings nobody gave in time are stored as not rated, freeing their windows. Safe to call often. */
  expireRatings(): void {
    const now = this.clock.now();
    const outcome = expireRatings(this.current, SYSTEM, now);
    if (!outcome) return;
    const stored = this.store.transaction(() => this.store.persist(outcome, now));
    this.applyCommitted(outcome, stored);
  }

  /**
   * One command, one transaction: the request-id check, the decision, every row it changes, its
   * events and its stored result commit together or not at all.
   */
  private execute<T>(
    principalId: string,
    requestId: string,
    fingerprint: string,
    decide: (now: number) => Result<Decision<T>>,
  ): CommandReply<T> {
    this.advanceDay();
    const now = this.clock.now();
    try {
      const done = this.store.transaction(() => {
        const prior = this.store.requests.get(principalId, requestId);
        if (prior) {
          if (prior.fingerprint !== fingerprint) {
            throw new Refusal({
              code: 'REQUEST_ID_REUSED',
              message: `request id ${requestId} was used for another command`,
            });
          }
          return { replayed: prior.response as T };
        }
        const decided = decide(now);
        if (!decided.ok) throw new Refusal(decided.error);
        const stored = this.store.persist(decided.value.outcome, now);
        const reply = decided.value.reply(stored);
        this.store.requests.put(principalId, requestId, fingerprint, reply, now);
        return { outcome: decided.value.outcome, stored, reply };
      });
      if ('replayed' in done) return { result: ok(done.replayed as T), replayed: true };
      this.applyCommitted(done.outcome, done.stored);
      return { result: ok(done.reply), replayed: false };
    } catch (err) {
      if (err instanceof Refusal) return { result: { ok: false, error: err.error }, replayed: false };
      if (err instanceof StaleWriteError || err instanceof ConstraintViolationError) {
        // Memory and database disagree: trust the database, and let the client try again.
        this.log.error({ err }, 'guarded write refused; reloading the hall from the database');
        this.reload();
        return { result: fail('CONFLICT', 'the queue changed meanwhile: try again'), replayed: false };
      }
      if (err instanceof StorageUnavailableError) {
        // The transaction was rolled back and memory was not touched: refuse clearly, keep serving reads.
        this.log.error({ err }, 'the database refused a write (disk full or read-only)');
        return {
          result: fail(
            'STORAGE_UNAVAILABLE',
            'the hub cannot write to its database (disk full or read-only): nothing was applied; try again later',
          ),
          replayed: false,
        };
      }
      throw err;
    }
  }

  private applyCommitted(outcome: Outcome, stored: StoredEvent[]): void {
    this.current = applyOutcomeInPlace(this.current, outcome);
    this.lastId = stored.at(-1)?.id ?? this.lastId;
    if (stored.length === 0) return;
    for (const e of stored) {
      // One line per change, so IT staff can follow the hall in the logs without opening the database.
      this.log.info(
        {
          event: e.id,
          type: e.type,
          ticket: e.ticket?.number,
          window: e.window?.number ?? e.ticket?.window,
          actor: e.actor,
        },
        e.type,
      );
    }
    for (const listener of this.listeners) {
      try {
        listener(stored);
      } catch (err) {
        this.log.error({ err }, 'event listener failed');
      }
    }
  }

  private loadFromStore() {
    const now = this.clock.now();
    return this.store.load(
      this.hall.config.windows.map((w) => w.number),
      localDateOf(now, this.hall.config.timeZone),
      now,
    );
  }

  private reload(): void {
    const loaded = this.loadFromStore();
    this.current = loaded.state;
    this.lastId = loaded.lastEventId;
  }

  /** The kiosk sends personal data masked; whole phone or ID numbers are refused, names masked again. */
  private holderFrom(holder: IssueTicketBody['holder']): Result<MaskedHolder | null> {
    if (!holder) return ok(null);
    for (const field of ['phone', 'idNumber'] as const) {
      const value = holder[field];
      if (value !== undefined && looksUnmasked(value)) {
        return fail('VALIDATION_FAILED', `holder.${field} must be masked before it is sent (e.g. 138****5678)`);
      }
    }
    return ok({
      ...(holder.name !== undefined ? { name: maskName(holder.name) } : {}),
      ...(holder.phone !== undefined ? { phone: holder.phone } : {}),
      ...(holder.idNumber !== undefined ? { idNumber: holder.idNumber } : {}),
    });
  }

  /** The booking a check-in uses: today's, for this service, not used, and within its check-in time. */
  private bookingFor(
    kioskId: string,
    code: string,
    phoneLast4: string | undefined,
    serviceId: string,
    now: number,
  ): Result<{ booking: TicketBooking; holder: MaskedHolder | null } | null> {
    if (this.checkIn) {
      const open = this.checkIn.open(kioskId);
      if (!open.ok) return open;
    }
    const b = this.store.bookings.get(code);
    // Wrong digits get the same answer as an unknown code, and both count against the kiosk.
    if (!b || b.state === 'cancelled' || (this.checkIn && !this.checkIn.matches(code, phoneLast4))) {
      this.checkIn?.failed(kioskId);
      return fail('UNKNOWN_BOOKING', `no booking with code ${code} and those phone digits`);
    }
    if (b.serviceId !== serviceId)
      return fail('VALIDATION_FAILED', `booking ${code} is for another service (${b.serviceId})`);
    if (localDateOf(b.slotStart, this.hall.config.timeZone) !== this.current.businessDay) {
      return fail('UNKNOWN_BOOKING', `booking ${code} is for another day`);
    }
    const policy = this.hall.config.policy;
    const { opensAt } = checkInWindowOf(b, policy);
    switch (checkInVerdictOf(b, now, policy)) {
      case 'used':
        return fail('BOOKING_ALREADY_USED', `booking ${code} has already been checked in`);
      case 'too-early':
        return fail(
          'BOOKING_TOO_EARLY',
          `booking ${code} can be checked in from ${describeLocalTime(opensAt, this.hall.config.timeZone)}`,
        );
      case 'missed':
        return fail('BOOKING_MISSED', `the slot of booking ${code} has ended; take a normal ticket instead`);
      case 'open':
        break;
    }
    const holder: MaskedHolder = { ...(b.name ? { name: b.name } : {}), ...(b.phone ? { phone: b.phone } : {}) };
    return ok({
      booking: { code: b.code, slotStart: b.slotStart, slotEnd: b.slotEnd },
      holder: Object.keys(holder).length > 0 ? holder : null,
    });
  }
}
