import {
  COMPLAINT_STATES,
  fail,
  maskName,
  maskPhone,
  ok,
  type Complaint,
  type ComplaintProgressBody,
  type CreateComplaintBody,
  type Result,
} from '@hall/protocol';
import type { HallStore } from '@hall/store';
import { canSupervise, type Principal } from '../auth/principal.ts';
import { newId } from '../auth/secrets.ts';
import type { Clock } from '../clock.ts';
import type { HallService } from './hall-service.ts';

/** Resolved matters stay in the lists for a week, so a desk can still answer "what became of it". */
const RESOLVED_SHOWN_MS = 7 * 24 * 3600_000;

/**
 * The could-not-get-it-done desk (办不成事): the clerk at a `complaints` window records a matter and
 * follows it through open → coordinating → resolved; supervisors see every matter with its age.
 */
export class ComplaintDesk {
  constructor(
    private readonly hall: HallService,
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {}

  /** A clerk works at a complaints window they hold; supervisors and admins anywhere. */
  private mayUseDesk(p: Principal, window: number): boolean {
    if (canSupervise(p)) return true;
    const config = this.hall.hall.windows.get(window);
    return config?.kind === 'complaints' && this.hall.state.windows.get(window)?.clerkId === p.id;
  }

  open(p: Principal, input: CreateComplaintBody): Result<Complaint> {
    if (this.hall.hall.windows.get(input.window)?.kind !== 'complaints') {
      return fail('VALIDATION_FAILED', `window ${input.window} is not a could-not-get-it-done desk`);
    }
    if (!this.mayUseDesk(p, input.window)) {
      return fail('FORBIDDEN', `open window ${input.window} first to record matters there`);
    }
    const complaint = this.store.complaints.create({
      id: newId('matter'),
      window: input.window,
      ticketId: input.ticketId ?? null,
      clerkId: p.id,
      matter: input.matter,
      departments: input.departments,
      // Whole contact data never reaches the database.
      contactName: input.contactName ? maskName(input.contactName) : null,
      contactPhone: input.contactPhone ? maskPhone(input.contactPhone) : null,
      createdAt: this.clock.now(),
    });
    this.store.audit.append(complaint.createdAt, p.id, 'complaint.opened', `${complaint.id} at window ${input.window}`);
    return ok(complaint);
  }

  /** Every matter for a supervisor; a clerk names their desk (`window`, as sent in the query). */
  list(p: Principal, window: string | undefined): Result<Complaint[]> {
    const since = this.clock.now() - RESOLVED_SHOWN_MS;
    if (window === undefined) {
      if (!canSupervise(p)) return fail('FORBIDDEN', 'name your desk: ?window=<number>');
      return ok(this.store.complaints.list(since));
    }
    const number = Number(window);
    if (!Number.isInteger(number) || !this.mayUseDesk(p, number)) {
      return fail('FORBIDDEN', `window ${window} is not your could-not-get-it-done desk`);
    }
    return ok(this.store.complaints.list(since, number));
  }

  progress(p: Principal, id: string, input: ComplaintProgressBody): Result<Complaint> {
    const current = this.store.complaints.get(id);
    if (!current) return fail('UNKNOWN_COMPLAINT', `no matter ${id}`);
    if (!this.mayUseDesk(p, current.window)) return fail('FORBIDDEN', 'not your desk');
    // Matters only move forward (a note may be added while coordinating); a resolved one is closed.
    const order = COMPLAINT_STATES.indexOf(input.state) - COMPLAINT_STATES.indexOf(current.state);
    if (current.state === 'resolved' || order < 0 || (order === 0 && current.state === 'open')) {
      return fail('INVALID_TRANSITION', `a matter that is ${current.state} cannot become ${input.state}`);
    }
    const note = { at: this.clock.now(), by: p.id, state: input.state, text: input.note };
    if (!this.store.complaints.progress(current, input.state, note)) {
      return fail('CONFLICT', 'someone updated this matter meanwhile: reload it');
    }
    this.store.audit.append(note.at, p.id, 'complaint.progress', `${current.id} → ${input.state}`);
    const updated = this.store.complaints.get(id);
    return updated ? ok(updated) : fail('UNKNOWN_COMPLAINT', `no matter ${id}`);
  }
}
