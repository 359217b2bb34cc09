import { fail, ok, type AuditQuery, type PublicTicketStatus, type Result, type Role } from '@hall/protocol';
import type { HallStore } from '@hall/store';
import type { Clock } from '../clock.ts';
import type { HallService } from './hall-service.ts';
import { syncFor } from './projection.ts';
import { publicStatusOf } from './public-status.ts';

/** What the hub has recorded, read for clients: a day's tickets, the events since an id, a ticket's status, the audit. */
export class HallRecords {
  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {}

  /** The tickets of a business day (today's when none is named). */
  ticketsOn(day: string | undefined) {
    const businessDay = day ?? this.hall.state.businessDay;
    return { businessDay, tickets: this.store.tickets.forDay(businessDay) };
  }

  sync(role: Role, afterEventId: number) {
    return syncFor(role, afterEventId, this.hall, this.store, this.clock.now());
  }

  /** The phone status page's view of a ticket, found by the code on its slip. */
  publicStatus(code: string): Result<PublicTicketStatus> {
    const ticket = this.store.tickets.byCode(code);
    if (!ticket) return fail('UNKNOWN_TICKET', 'no ticket with this code');
    return ok(publicStatusOf(this.hall, ticket, this.clock.now()));
  }

  /** Audit entries, newest first, filtered and paged (`GET /api/v1/audit`). */
  audit(query: AuditQuery) {
    return this.store.audit.find(query);
  }
}
