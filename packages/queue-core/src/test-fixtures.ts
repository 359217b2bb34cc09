/**
 * A tiny hall for the queue-core tests, and a bench that issues tickets the way the hub and the store
 * would: the store hands out the next number of (business day, prefix), the core builds the ticket,
 * and the state moves on only with `applyOutcome`. Time is always passed in; nothing reads a clock.
 */
import {
  hallConfigSchema,
  type HallConfig,
  type HallConfigInput,
  type Lane,
  type LocalizedText,
  type MaskedHolder,
  type Ticket,
  type TicketBooking,
  type WindowState,
} from '@hall/protocol';
import type { Actor } from './actor.ts';
import { indexHall, type HallIndex } from './hall-index.ts';
import { issueTicket, prefixFor, type IssueOutcome } from './issuing.ts';
import type { Result } from './result.ts';
import { applyOutcome, closedWindow, type HallState, type Outcome } from './state.ts';

export const TIME_ZONE = 'Asia/Shanghai';
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
/** The business day the fixtures open on. */
export const DAY = '2025-03-03';
/** 09:00 on DAY in the hall (01:00 UTC). */
export const T0 = Date.UTC(2025, 2, 3, 1, 0, 0);

/** Window numbers of the fixture hall. */
export const WIN = {
  /** Zone window, civil zone: household and residence. */
  civil: 1,
  /** Zone window, civil zone: household only. */
  household: 2,
  /** Zone window, business zone: license. */
  business: 3,
  /** Zone window, social zone: pension. */
  social: 4,
  /** Comprehensive window: every service. */
  comprehensive: 8,
  /** Elderly help window: every service, elderly lane only. */
  elderlyHelp: 9,
} as const;

export const SERVICE_IDS = ['household', 'residence', 'license', 'pension'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export type PolicyInput = NonNullable<HallConfigInput['policy']>;

function names(en: string, zh: string): LocalizedText {
  return { 'zh-Hans': zh, 'zh-Hant': zh, en };
}

/** The fixture hall configuration; `policy` overrides the defaults (ratio 2:1, 3 recalls, 15 s cooldown, …). */
export function hallConfig(policy: PolicyInput = {}): HallConfig {
  return hallConfigSchema.parse({
    hallName: names('Test service hall', '测试政务大厅'),
    timeZone: TIME_ZONE,
    zones: [
      { id: 'civil', names: names('Civil affairs', '民政') },
      { id: 'business', names: names('Business', '企业') },
      { id: 'social', names: names('Social security', '社保') },
    ],
    services: [
      {
        id: 'household',
        names: names('Household register', '户籍'),
        prefix: 'A',
        zoneId: 'civil',
        avgServiceMinutes: 6,
      },
      {
        id: 'residence',
        names: names('Residence permit', '居住证'),
        prefix: 'B',
        zoneId: 'civil',
        avgServiceMinutes: 10,
      },
      {
        id: 'license',
        names: names('Business licence', '营业执照'),
        prefix: 'C',
        zoneId: 'business',
        avgServiceMinutes: 15,
      },
      { id: 'pension', names: names('Pension', '养老金'), prefix: 'D', zoneId: 'social', avgServiceMinutes: 8 },
    ],
    windows: [
      {
        number: WIN.civil,
        names: names('Window 1', '1号窗口'),
        kind: 'zone',
        zoneId: 'civil',
        services: ['household', 'residence'],
      },
      {
        number: WIN.household,
        names: names('Window 2', '2号窗口'),
        kind: 'zone',
        zoneId: 'civil',
        services: ['household'],
      },
      {
        number: WIN.business,
        names: names('Window 3', '3号窗口'),
        kind: 'zone',
        zoneId: 'business',
        services: ['license'],
      },
      {
        number: WIN.social,
        names: names('Window 4', '4号窗口'),
        kind: 'zone',
        zoneId: 'social',
        services: ['pension'],
      },
      { number: WIN.comprehensive, names: names('Window 8', '8号综合窗口'), kind: 'comprehensive', services: 'all' },
      {
        number: WIN.elderlyHelp,
        names: names('Window 9', '9号助老窗口'),
        kind: 'elderly-help',
        services: 'all',
        lanes: ['elderly'],
      },
    ],
    policy,
  });
}

export function makeHall(policy: PolicyInput = {}): HallIndex {
  return indexHall(hallConfig(policy));
}

export const clerk: Actor = { id: 'staff:clerk-li', name: 'Li Na', isAdmin: false, canCallOutOfOrder: false };
export const otherClerk: Actor = { id: 'staff:clerk-wang', name: 'Wang Wei', isAdmin: false, canCallOutOfOrder: false };
/** A clerk granted the call-out-of-order permission. */
export const seniorClerk: Actor = { id: 'staff:clerk-zhao', name: 'Zhao Min', isAdmin: false, canCallOutOfOrder: true };
export const admin: Actor = { id: 'staff:admin', name: 'Admin', isAdmin: true, canCallOutOfOrder: false };
export const kiosk: Actor = { id: 'device:kiosk-1', name: 'Kiosk 1', isAdmin: false, canCallOutOfOrder: false };

/** A hall state at the start of a day: no tickets, every window closed. */
export function makeState(hall: HallIndex, businessDay: string = DAY, lastQueueSeq = 0): HallState {
  return {
    businessDay,
    tickets: new Map(),
    windows: new Map(hall.config.windows.map((w) => [w.number, closedWindow(w.number, 0)])),
    lastQueueSeq,
  };
}

/** The error code of a failed result, or 'ok'. */
export function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code;
}

/** The value of a result that must have succeeded. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export interface IssueOptions {
  at: number;
  lane?: Lane;
  booking?: TicketBooking | null;
  holder?: MaskedHolder | null;
  actor?: Actor;
}

/** A booking for a slot starting at `slotStart`, lasting 30 minutes. */
export function bookingAt(slotStart: number, code = `BK${slotStart % 100_000}`): TicketBooking {
  return { code, slotStart, slotEnd: slotStart + 30 * MINUTE };
}

/**
 * The hall as the hub holds it: a state that moves only by applying outcomes, and the per-day,
 * per-prefix number sequences the store keeps (a number is taken only when the ticket is stored).
 */
export class TestHall {
  readonly hall: HallIndex;
  state: HallState;
  private readonly lastSeqs = new Map<string, number>();

  constructor(hall: HallIndex = makeHall(), state: HallState = makeState(hall)) {
    this.hall = hall;
    this.state = state;
  }

  private seqKey(prefix: string): string {
    return `${this.state.businessDay}/${prefix}`;
  }

  /** The number the store would hand out next for this prefix today. */
  nextSeq(prefix: string): number {
    return (this.lastSeqs.get(this.seqKey(prefix)) ?? 0) + 1;
  }

  /** Pretends the store has already handed out the numbers of this prefix up to `seq` today. */
  setLastSeq(prefix: string, seq: number): void {
    this.lastSeqs.set(this.seqKey(prefix), seq);
  }

  /** Issues a ticket; on success the number is used up and the outcome applied. */
  tryIssue(serviceId: string, opts: IssueOptions): Result<IssueOutcome> {
    const prefix = prefixFor(this.hall, serviceId);
    if (!prefix.ok) return prefix;
    const seq = this.nextSeq(prefix.value);
    const lane = opts.lane ?? 'normal';
    const result = issueTicket(
      this.hall,
      this.state,
      {
        serviceId,
        lane,
        holder: opts.holder ?? null,
        booking: opts.booking ?? null,
        statusCode: `S${this.state.lastQueueSeq + 1}`,
      },
      seq,
      opts.actor ?? kiosk,
      opts.at,
    );
    if (result.ok) {
      this.setLastSeq(prefix.value, seq);
      this.state = applyOutcome(this.state, result.value);
    }
    return result;
  }

  /** Issues a ticket that must be accepted and returns it as stored. */
  issue(serviceId: string, opts: IssueOptions): Ticket {
    return unwrap(this.tryIssue(serviceId, opts)).ticket;
  }

  /** Applies the outcome of a command that must have succeeded. */
  run(result: Result<Outcome>): Outcome {
    const outcome = unwrap(result);
    this.state = applyOutcome(this.state, outcome);
    return outcome;
  }

  /** Applies the outcome of a command if it succeeded; returns the result either way. */
  attempt<T extends Outcome>(result: Result<T>): Result<T> {
    if (result.ok) this.state = applyOutcome(this.state, result.value);
    return result;
  }

  ticket(id: string): Ticket {
    const t = this.state.tickets.get(id);
    if (!t) throw new Error(`no ticket ${id}`);
    return t;
  }

  window(number: number): WindowState {
    const w = this.state.windows.get(number);
    if (!w) throw new Error(`no window ${number}`);
    return w;
  }
}
