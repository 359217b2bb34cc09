import {
  CALLABLE_STATES,
  fail,
  HELD_STATES,
  ok,
  statusPathOf,
  type CancelTicketBody,
  type DeskCommandReply,
  type DeskPrintBody,
  type DeskPrintResult,
  type DeskTicket,
  type MoveTicketBody,
  type ReferComplaintsBody,
  type ReprintReply,
  type Result,
  type Ticket,
  type TicketPrintJob,
} from '@hall/protocol';
import { cancelTicket, moveTicket, referToComplaints, type Outcome } from '@hall/queue-core';
import type { HallStore } from '@hall/store';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { GatewayReply } from '../hall/command-gateway.ts';
import { statusUrlUnder } from '../hall/command-gateway.ts';
import { fingerprintOf } from '../hall/fingerprint.ts';
import type { CommandReply, HallService } from '../hall/hall-service.ts';
import { publicStatusOf } from '../hall/public-status.ts';
import type { DeskPrinter } from './desk-printer.ts';

/** The states in which a lost slip is still worth reprinting: the citizen is still to be served. */
const REPRINTABLE = [...CALLABLE_STATES, ...HELD_STATES];

/**
 * The guidance desk (咨询引导台): finds today's tickets by number, prints the slip of a ticket it issued,
 * reprints lost slips (counted, audited, limited by `policy.reprintsPerTicket`), and moves, cancels or sends on
 * a ticket through the pure rules of queue-core, each as one idempotent, audited command.
 */
export class GuideDesk {
  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly printer: DeskPrinter,
    /** HALL_PUBLIC_URL: a reprint's QR code links under it, as a first slip's does. */
    private readonly publicUrl?: string,
  ) {}

  /** Today's ticket with this number, as the desk sees it. */
  lookup(number: string): Result<DeskTicket> {
    const t = this.hall.state.tickets.get(`${this.hall.state.businessDay}/${number}`);
    return t ? ok(this.view(t)) : fail('UNKNOWN_TICKET', `no ticket ${number} today`);
  }

  /** Prints the first slip of a ticket this desk member issued; a second one is a reprint. */
  async printFirst(p: Principal, body: DeskPrintBody): Promise<Result<DeskPrintResult>> {
    const found = this.today(body.ticketId);
    if (!found.ok) return found;
    const t = found.value;
    if (t.history[0]?.by !== p.id) return fail('FORBIDDEN', `ticket ${t.number} was not issued at this desk`);
    const job = this.checkedJob(t, body.job);
    if (!job.ok) return job;
    const first = this.store.transaction(() => {
      if (this.store.deskPrints.countOf(t.id, 'first') > 0) return false;
      this.store.deskPrints.add(t.id, 'first', this.hall.now(), p.id);
      return true;
    });
    if (!first) return fail('INVALID_TRANSITION', `ticket ${t.number} has been printed: reprint it instead`);
    return ok(await this.printer.print(job.value));
  }

  /**
   * Counts and audits one reprint, then prints it with its mark. A retried request id is not counted again and
   * prints again: the page retries only when it got no answer, and a second slip harms nobody while none would.
   */
  async reprint(
    p: Principal,
    ticketId: string,
    requestId: string,
    sent: TicketPrintJob,
  ): Promise<GatewayReply<ReprintReply>> {
    const max = this.hall.hall.config.policy.reprintsPerTicket;
    const counted = fromCommand(
      this.hall.command(p, requestId, fingerprintOf('desk:reprint', { ticketId }), (now) => {
        const found = this.today(ticketId);
        if (!found.ok) return found;
        const t = found.value;
        if (!REPRINTABLE.includes(t.state)) {
          return fail('INVALID_TRANSITION', `ticket ${t.number} is ${t.state}: there is nothing left to wait for`);
        }
        const job = this.checkedJob(t, sent);
        if (!job.ok) return job;
        const done = this.store.deskPrints.countOf(t.id, 'reprint');
        if (done >= max) {
          return fail(
            'REPRINT_LIMIT_REACHED',
            `ticket ${t.number} has been reprinted ${done} time(s), the most allowed`,
          );
        }
        const copy = this.store.deskPrints.add(t.id, 'reprint', now, p.id);
        this.store.audit.append(now, p.id, 'desk.reprint', `${t.id} reprint ${copy}/${max}`);
        return ok({ outcome: this.noChange(), reply: () => ({ ticketId: t.id, copy }) });
      }),
    );
    if (!counted.ok) return counted;
    const { ticketId: id, copy } = counted.value;
    const ticket = this.hall.state.tickets.get(id);
    if (!ticket) return { ok: false, error: { code: 'UNKNOWN_TICKET', message: `no ticket ${id} today` } };
    const { reprint: _ignored, ...job } = sent;
    const print = await this.printer.print({ ...job, reprint: { copy, of: Math.max(copy, max) } });
    return { ok: true, replayed: counted.replayed, value: { ticket: this.view(ticket), reprint: copy, print } };
  }

  move(p: Principal, ticketId: string, body: MoveTicketBody): GatewayReply<DeskCommandReply> {
    return this.ticketCommand(p, 'move', ticketId, body, (now) =>
      moveTicket(this.hall.hall, this.hall.state, ticketId, body.toServiceId, actorOf(p), now),
    );
  }

  cancel(p: Principal, ticketId: string, body: CancelTicketBody): GatewayReply<DeskCommandReply> {
    return this.ticketCommand(p, 'cancel', ticketId, body, (now) =>
      cancelTicket(this.hall.state, ticketId, body.reason, actorOf(p), now),
    );
  }

  referComplaints(p: Principal, ticketId: string, body: ReferComplaintsBody): GatewayReply<DeskCommandReply> {
    return this.ticketCommand(p, 'refer-complaints', ticketId, body, (now) =>
      referToComplaints(this.hall.hall, this.hall.state, ticketId, body.note, actorOf(p), now),
    );
  }

  printerView() {
    return this.printer.view();
  }

  /**
   * One queue-core rule as an idempotent command, audited in the same transaction (ids only, no personal data).
   * The stored reply names the ticket; the answer shows it as it is after the commit (a retry: as it is now).
   */
  private ticketCommand(
    p: Principal,
    action: string,
    ticketId: string,
    body: { requestId: string },
    decide: (now: number) => Result<Outcome>,
  ): GatewayReply<DeskCommandReply> {
    const done = fromCommand(
      this.hall.command(p, body.requestId, fingerprintOf(`desk:${action}`, { ...body, ticketId }), (now) => {
        const outcome = decide(now);
        if (!outcome.ok) return outcome;
        const after = outcome.value.events.findLast((e) => e.ticket)?.ticket;
        if (!after) return fail('INTERNAL', `desk ${action} changed no ticket`);
        const to = action === 'refer-complaints' ? ` → window ${after.targetWindow ?? '?'}` : '';
        this.store.audit.append(now, p.id, `desk.${action}`, `${after.id} ${after.serviceId}${to}`);
        return ok({ outcome: outcome.value, reply: () => ({ ticketId: after.id }) });
      }),
    );
    if (!done.ok) return done;
    const ticket = this.hall.state.tickets.get(done.value.ticketId);
    if (!ticket) return { ok: false, error: { code: 'UNKNOWN_TICKET', message: `no ticket ${ticketId} today` } };
    return { ok: true, replayed: done.replayed, value: { ticket: this.view(ticket) } };
  }

  private noChange(): Outcome {
    const s = this.hall.state;
    return { events: [], businessDay: s.businessDay, lastQueueSeq: s.lastQueueSeq };
  }

  private today(ticketId: string): Result<Ticket> {
    const t = this.hall.state.tickets.get(ticketId);
    if (!t || t.businessDay !== this.hall.state.businessDay)
      return fail('UNKNOWN_TICKET', `no ticket ${ticketId} today`);
    return ok(t);
  }

  /** The page lays the slip out; the hub checks it is this ticket's and that no reprint mark was slipped in. */
  private checkedJob(t: Ticket, job: TicketPrintJob): Result<TicketPrintJob> {
    if (job.number !== t.number) {
      return fail('VALIDATION_FAILED', `the slip says ${job.number}, the ticket is ${t.number}`);
    }
    const { reprint: _mark, ...plain } = job;
    return ok(plain);
  }

  private view(t: Ticket): DeskTicket {
    const now = this.hall.now();
    const status = publicStatusOf(this.hall, t, now);
    const reprints = this.store.deskPrints.countOf(t.id, 'reprint');
    const statusPath = statusPathOf(t.statusCode);
    return {
      id: t.id,
      number: t.number,
      serviceId: t.serviceId,
      lane: t.lane,
      priorityGroup: t.priorityGroup,
      state: t.state,
      queueSeq: t.queueSeq,
      issuedAt: t.issuedAt,
      queuedAt: t.queuedAt,
      window: t.window,
      targetWindow: t.targetWindow,
      holder: t.holder,
      booking: t.booking,
      peopleAhead: status.peopleAhead ?? 0,
      wait: status.wait,
      statusPath,
      ...(this.publicUrl !== undefined ? { statusUrl: statusUrlUnder(this.publicUrl, statusPath) } : {}),
      reprints,
      reprintsLeft: Math.max(0, this.hall.hall.config.policy.reprintsPerTicket - reprints),
    };
  }
}

function fromCommand<T>(reply: CommandReply<T>): GatewayReply<T> {
  if (reply.result.ok) return { ok: true, value: reply.result.value, replayed: reply.replayed };
  return { ok: false, error: { code: reply.result.error.code, message: reply.result.error.message } };
}
