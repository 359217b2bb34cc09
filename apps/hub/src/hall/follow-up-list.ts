import { fail, ok, type FollowUp, type Result } from '@hall/protocol';
import type { HallStore } from '@hall/store';
import { canSupervise, type Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';

/** Closed follow-ups stay listed for a week. */
const CLOSED_SHOWN_MS = 7 * 24 * 3600_000;

/** Poor ratings a supervisor follows up (call the citizen back, note what was done). */
export class FollowUpList {
  constructor(
    private readonly store: HallStore,
    private readonly clock: Clock,
  ) {}

  list(p: Principal): Result<FollowUp[]> {
    if (!canSupervise(p)) return fail('FORBIDDEN', 'follow-ups are for supervisors');
    return ok(this.store.followUps.openOrSince(this.clock.now() - CLOSED_SHOWN_MS));
  }

  close(p: Principal, id: string, note: string): Result<FollowUp> {
    if (!canSupervise(p)) return fail('FORBIDDEN', 'follow-ups are for supervisors');
    if (!this.store.followUps.get(id)) return fail('NOT_FOUND', `no follow-up ${id}`);
    if (!this.store.followUps.closeWith(id, { at: this.clock.now(), by: p.id, text: note })) {
      return fail('CONFLICT', 'this follow-up is closed already');
    }
    const closed = this.store.followUps.get(id);
    return closed ? ok(closed) : fail('NOT_FOUND', `no follow-up ${id}`);
  }
}
