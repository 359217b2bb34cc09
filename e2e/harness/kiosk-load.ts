import type { ErrorBody, Ticket } from '@hall/protocol';
import type { IssueBody, IssueOutcome, KioskWire } from './kiosk-wire.ts';
import { pause } from './wait.ts';

/** One citizen pressing one button: a request id the kiosk keeps until it has an answer. */
export interface IssueEntry {
  kiosk: string;
  round: number;
  body: IssueBody;
  /** The ticket the kiosk was answered with; unset while the request is unanswered. */
  ticket?: Ticket;
  /** How the answer came after a restart: the stored first result, or a ticket made now. */
  retried?: 'replayed' | 'new';
  /** Set from the HTTP status (200 = replay); socket acks do not say. */
  replayedFlag?: boolean;
  /** Attempts that got no answer at all. */
  lost: number;
  /** Attempts refused with a code the kiosk retries after a pause (rate limit, conflict). */
  throttled: number;
}

/** Every request any kiosk made, in order: the test's record of what each kiosk knows. */
export class Ledger {
  readonly entries: IssueEntry[] = [];

  add(kiosk: string, round: number, body: IssueBody): IssueEntry {
    const entry: IssueEntry = { kiosk, round, body, lost: 0, throttled: 0 };
    this.entries.push(entry);
    return entry;
  }

  answered(): IssueEntry[] {
    return this.entries.filter((e) => e.ticket !== undefined);
  }

  unanswered(): IssueEntry[] {
    return this.entries.filter((e) => e.ticket === undefined);
  }
}

/** Refusals a kiosk answers by waiting and sending the same request again; anything else is a test failure. */
const RETRYABLE = new Set<ErrorBody['code']>(['RATE_LIMITED', 'CONFLICT']);
/** About ten seconds of pauses: far more than a kiosk's bucket needs to refill. */
const MAX_THROTTLED = 100;

export class UnexpectedRefusal extends Error {
  constructor(
    readonly entry: IssueEntry,
    readonly error: ErrorBody,
  ) {
    super(`${entry.kiosk} ${entry.body.requestId} was refused: ${error.code} ${error.message}`);
  }
}

/** Records the first answer an entry got; a later re-send of an answered request changes nothing. */
export function answer(entry: IssueEntry, outcome: Extract<IssueOutcome, { kind: 'ticket' }>): void {
  if (entry.ticket !== undefined) return;
  entry.ticket = outcome.ticket;
  if (outcome.replayed !== undefined) entry.replayedFlag = outcome.replayed;
}

/**
 * Sends an entry until it is answered with a ticket or gets no answer (the hub is gone). Returns the
 * last outcome; a refusal other than a retryable one throws, since the bodies sent are all valid.
 */
export async function sendUntilAnswered(
  wire: KioskWire,
  entry: IssueEntry,
  random: () => number,
): Promise<IssueOutcome> {
  for (;;) {
    const outcome = await wire.issue(entry.body);
    if (outcome.kind === 'ticket') return outcome;
    if (outcome.kind === 'lost') {
      entry.lost += 1;
      return outcome;
    }
    if (!RETRYABLE.has(outcome.error.code)) throw new UnexpectedRefusal(entry, outcome.error);
    entry.throttled += 1;
    // A refusal that never clears (a CONFLICT on every try) is a hub bug, not a busy hub.
    if (entry.throttled > MAX_THROTTLED) throw new UnexpectedRefusal(entry, outcome.error);
    // The hub's buckets refill at 10 commands a second per kiosk.
    await pause(60 + random() * 80);
  }
}

export interface LoadOptions {
  kiosk: string;
  round: number;
  wire: KioskWire;
  ledger: Ledger;
  /** Parallel citizens at this kiosk (several kiosks may share one device token in a real hall). */
  concurrency: number;
  /** A bound so that a load whose hub never dies still ends. */
  maxRequests: number;
  nextBody: () => IssueBody;
  random: () => number;
}

/** A kiosk issuing tickets as fast as the hub lets it, until stopped or until the hub stops answering. */
export class KioskLoad {
  private stopped = false;
  private dead = false;
  private sent = 0;
  readonly done: Promise<void>;

  constructor(private readonly o: LoadOptions) {
    this.done = Promise.all(Array.from({ length: o.concurrency }, () => this.worker())).then(() => undefined);
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.done;
  }

  private async worker(): Promise<void> {
    const o = this.o;
    while (!this.stopped && !this.dead && this.sent < o.maxRequests) {
      this.sent += 1;
      const entry = o.ledger.add(o.kiosk, o.round, o.nextBody());
      const outcome = await sendUntilAnswered(o.wire, entry, o.random);
      if (outcome.kind === 'ticket') answer(entry, outcome);
      // No answer: the hub is down. A real kiosk would keep the request and retry it later, as the test does.
      else this.dead = true;
      // A citizen takes a moment at the screen; keeps the stream from being all rate-limit refusals.
      await pause(o.random() * 15);
    }
  }
}
