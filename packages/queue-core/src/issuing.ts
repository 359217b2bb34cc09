import type { Lane, MaskedHolder, Ticket, TicketBooking, WaitForecast } from '@hall/protocol';
import type { Actor } from './actor.ts';
import { peopleAheadOf, waitMinutesFor } from './estimate.ts';
import { forecastWait, waitRangeOf } from './forecast/wait-forecast.ts';
import type { HallIndex } from './hall-index.ts';
import { formatTicketNumber, isIssuableSeq, ticketIdOf } from './numbering.ts';
import { fail, ok, type Result } from './result.ts';
import { isOpenAt, nextOpeningAt } from './schedule/opening-hours.ts';
import { describeLocalTime } from './schedule/zoned-time.ts';
import type { HallState, Outcome } from './state.ts';

export interface IssueRequest {
  serviceId: string;
  lane: Lane;
  holder: MaskedHolder | null;
  booking: TicketBooking | null;
  /** The phone status page code: random, made by the caller (the core has no randomness). */
  statusCode: string;
}

/**
 * Whether a ticket for the service may be taken now. The booking lane is exempt: its slot lies in the
 * opening hours, and check-in may start before the service opens (a 09:00 slot checked in at 08:40).
 */
export function ticketingOpen(hall: HallIndex, serviceId: string, lane: Lane, now: number): Result<true> {
  if (lane === 'booking' || isOpenAt(hall.config, serviceId, now)) return ok(true);
  const next = nextOpeningAt(hall.config, serviceId, now);
  const when = next === null ? 'not within the next month' : `next at ${describeLocalTime(next, hall.config.timeZone)}`;
  return fail('SERVICE_CLOSED', `service ${serviceId} takes no tickets now; it opens ${when}`);
}

/** The daily sequence prefix of a service; checked before a number is taken from the store. */
export function prefixFor(hall: HallIndex, serviceId: string): Result<string> {
  const service = hall.services.get(serviceId);
  if (!service) return fail('UNKNOWN_SERVICE', `no service ${serviceId} in this hall`);
  return ok(service.prefix);
}

export interface IssueOutcome extends Outcome {
  ticket: Ticket;
  peopleAhead: number;
  /** The forecast's most likely figure (`wait.minutes`), kept for readers of the single figure. */
  estimatedWaitMinutes: number;
  wait: WaitForecast;
}

/**
 * A new ticket with the sequence number `seq` that the store took for (business day, prefix).
 * Numbering lives in the store, where it is a compare-and-set in the same transaction as the insert.
 */
export function issueTicket(
  hall: HallIndex,
  state: HallState,
  request: IssueRequest,
  seq: number,
  actor: Actor,
  now: number,
): Result<IssueOutcome> {
  const service = hall.services.get(request.serviceId);
  if (!service) return fail('UNKNOWN_SERVICE', `no service ${request.serviceId} in this hall`);
  const open = ticketingOpen(hall, request.serviceId, request.lane, now);
  if (!open.ok) return open;
  // Past the width the number simply grows a digit (numbering.ts); only an impossible day reaches the ceiling.
  if (!isIssuableSeq(seq)) {
    return fail('NUMBERS_EXHAUSTED', `sequence ${seq} of prefix ${service.prefix} is out of range today`);
  }
  if ((request.lane === 'booking') !== (request.booking !== null)) {
    return fail('VALIDATION_FAILED', 'the booking lane, and only it, carries a booking');
  }
  const number = formatTicketNumber(service.prefix, seq, service.numberDigits);
  const queueSeq = state.lastQueueSeq + 1;
  const ticket: Ticket = {
    id: ticketIdOf(state.businessDay, number),
    number,
    businessDay: state.businessDay,
    prefix: service.prefix,
    seq,
    serviceId: request.serviceId,
    lane: request.lane,
    // Priority groups are not issued yet: the contract is in place, the rules come with the issuing work.
    priorityGroup: null,
    state: 'waiting',
    queueSeq,
    issuedAt: now,
    queuedAt: now,
    targetWindow: null,
    window: null,
    calledAt: null,
    startedAt: null,
    finishedAt: null,
    recalls: 0,
    holder: request.holder,
    booking: request.booking,
    history: [{ at: now, action: 'issued', window: null, serviceId: request.serviceId, by: actor.id }],
    version: 1,
    statusCode: request.statusCode,
    rating: null,
  };
  const peopleAhead = peopleAheadOf(hall, state, ticket);
  const wait = waitOf(hall, state, ticket, peopleAhead, now);
  return ok({
    events: [{ type: 'ticket.issued', actor: actor.id, ticket }],
    businessDay: state.businessDay,
    lastQueueSeq: queueSeq,
    ticket,
    peopleAhead,
    estimatedWaitMinutes: wait.minutes,
    wait,
  });
}

/**
 * The rolled-forward forecast; a hall where not even every window together would call the ticket today
 * (a service no window serves, or a queue longer than the day) gets the plain people-ahead figure rather than none.
 */
export function waitOf(
  hall: HallIndex,
  state: HallState,
  ticket: Ticket,
  peopleAhead: number,
  now: number,
): WaitForecast {
  const forecast = forecastWait(hall, state, ticket, now);
  if (forecast) return forecast;
  const minutes = waitMinutesFor(hall, state, ticket.serviceId, ticket.lane, peopleAhead);
  return { minutes, ...waitRangeOf(minutes) };
}
