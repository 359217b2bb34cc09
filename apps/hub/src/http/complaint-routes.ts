import {
  COMPLAINT_STATES,
  complaintProgressBodySchema,
  createComplaintBodySchema,
  maskName,
  maskPhone,
  type Complaint,
} from '@hall/protocol';
import { canSupervise, type Principal } from '../auth/principal.ts';
import { newId } from '../auth/secrets.ts';
import type { ApiDeps } from './api-routes.ts';
import { readJson } from './http-io.ts';
import { body, principalOf, refuse, type Route } from './route-kit.ts';
import { parseInput } from '../validation.ts';

/** Resolved matters stay in the lists for a week, so a desk can still answer "what became of it". */
const RESOLVED_SHOWN_MS = 7 * 24 * 3600_000;

/**
 * The could-not-get-it-done desk (办不成事): the clerk at a `complaints` window records a matter and
 * follows it through open → coordinating → resolved; supervisors see every matter with its age.
 */
export function complaintRoutes(d: ApiDeps): Route[] {
  /** A clerk works at a complaints window they hold; supervisors and admins anywhere. */
  const mayUseDesk = (p: Principal, window: number): boolean => {
    if (canSupervise(p)) return true;
    const config = d.hall.hall.windows.get(window);
    return config?.kind === 'complaints' && d.hall.state.windows.get(window)?.clerkId === p.id;
  };
  const found = (id: string): Complaint =>
    d.store.complaints.get(id) ?? refuse({ code: 'UNKNOWN_COMPLAINT', message: `no matter ${id}` });

  return [
    {
      method: 'POST',
      pattern: /^\/api\/v1\/complaints$/,
      right: 'complaints:use',
      handle: async (ctx) => {
        const p = principalOf(ctx);
        const input = body(parseInput(createComplaintBodySchema, await readJson(ctx.req)));
        if (d.hall.hall.windows.get(input.window)?.kind !== 'complaints') {
          refuse({ code: 'VALIDATION_FAILED', message: `window ${input.window} is not a could-not-get-it-done desk` });
        }
        if (!mayUseDesk(p, input.window)) {
          refuse({ code: 'FORBIDDEN', message: `open window ${input.window} first to record matters there` });
        }
        const complaint = d.store.complaints.create({
          id: newId('matter'),
          window: input.window,
          ticketId: input.ticketId ?? null,
          clerkId: p.id,
          matter: input.matter,
          departments: input.departments,
          // Whole contact data never reaches the database.
          contactName: input.contactName ? maskName(input.contactName) : null,
          contactPhone: input.contactPhone ? maskPhone(input.contactPhone) : null,
          createdAt: d.clock.now(),
        });
        d.store.audit.append(
          complaint.createdAt,
          p.id,
          'complaint.opened',
          `${complaint.id} at window ${input.window}`,
        );
        return { status: 201, body: complaint };
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/complaints$/,
      right: 'complaints:use',
      handle: (ctx) => {
        const p = principalOf(ctx);
        const since = d.clock.now() - RESOLVED_SHOWN_MS;
        const raw = ctx.query.get('window');
        if (raw === null) {
          if (!canSupervise(p)) refuse({ code: 'FORBIDDEN', message: 'name your desk: ?window=<number>' });
          return { status: 200, body: d.store.complaints.list(since) };
        }
        const window = Number(raw);
        if (!Number.isInteger(window) || !mayUseDesk(p, window)) {
          refuse({ code: 'FORBIDDEN', message: `window ${raw} is not your could-not-get-it-done desk` });
        }
        return { status: 200, body: d.store.complaints.list(since, window) };
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/v1\/complaints\/([A-Za-z0-9-]{1,60})\/progress$/,
      right: 'complaints:use',
      handle: async (ctx) => {
        const p = principalOf(ctx);
        const current = found(ctx.params[0] ?? '');
        if (!mayUseDesk(p, current.window)) refuse({ code: 'FORBIDDEN', message: 'not your desk' });
        const input = body(parseInput(complaintProgressBodySchema, await readJson(ctx.req)));
        // Matters only move forward (a note may be added while coordinating); a resolved one is closed.
        const order = COMPLAINT_STATES.indexOf(input.state) - COMPLAINT_STATES.indexOf(current.state);
        if (current.state === 'resolved' || order < 0 || (order === 0 && current.state === 'open')) {
          refuse({
            code: 'INVALID_TRANSITION',
            message: `a matter that is ${current.state} cannot become ${input.state}`,
          });
        }
        const note = { at: d.clock.now(), by: p.id, state: input.state, text: input.note };
        if (!d.store.complaints.progress(current, input.state, note)) {
          refuse({ code: 'CONFLICT', message: 'someone updated this matter meanwhile: reload it' });
        }
        d.store.audit.append(note.at, p.id, 'complaint.progress', `${current.id} → ${input.state}`);
        return { status: 200, body: found(current.id) };
      },
    },
  ];
}
