import {
  storedEventSchema,
  ticketSchema,
  windowStateSchema,
  type HallEventMessage,
  type SyncReply,
  type Ticket,
  type WindowState,
} from '@hall/protocol';
import { api } from './clients.ts';

/** Reads through the admin API, parsed with the protocol's own schemas so a shape drift fails loudly. */
export async function ticketsOfDay(
  url: string,
  adminToken: string,
): Promise<{ businessDay: string; tickets: Ticket[] }> {
  const r = await api<{ businessDay: string; tickets: unknown[] }>(url, '/api/v1/tickets', { token: adminToken });
  if (r.status !== 200) throw new Error(`GET /api/v1/tickets: ${r.status} ${JSON.stringify(r.body)}`);
  return { businessDay: r.body.businessDay, tickets: r.body.tickets.map((t) => ticketSchema.parse(t)) };
}

export async function windowsOf(url: string, token: string): Promise<Map<number, WindowState>> {
  const r = await api<unknown[]>(url, '/api/v1/windows', { token });
  if (r.status !== 200) throw new Error(`GET /api/v1/windows: ${r.status} ${JSON.stringify(r.body)}`);
  return new Map(r.body.map((w) => windowStateSchema.parse(w)).map((w) => [w.number, w]));
}

export async function lastEventId(url: string): Promise<number> {
  const r = await api<{ lastEventId: number }>(url, '/healthz');
  return r.body.lastEventId;
}

/** All events since the start, or undefined when the hub answers with a snapshot (more than it replays). */
export async function allEvents(url: string, adminToken: string): Promise<HallEventMessage[] | undefined> {
  const r = await api<SyncReply>(url, '/api/v1/events?after=0', { token: adminToken });
  if (r.status !== 200) throw new Error(`GET /api/v1/events: ${r.status} ${JSON.stringify(r.body)}`);
  if (r.body.kind !== 'events') return undefined;
  // Staff see events whole; the stored-event schema checks them (its id/actor/ticket fields included).
  return r.body.events.map((e) => {
    storedEventSchema.omit({ actor: true }).parse(e);
    return e;
  });
}

/**
 * What must hold of one day's numbers whatever happened: each number once, and per prefix the
 * sequence 1..n without a gap (a number is taken in the same transaction as its ticket, so a crash
 * can lose neither one without the other). Returns the problems found, empty when all is well.
 */
export function numberingProblems(tickets: readonly Ticket[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const byPrefix = new Map<string, number[]>();
  for (const t of tickets) {
    const other = seen.get(t.number);
    if (other !== undefined) problems.push(`number ${t.number} is held by ${other} and ${t.id}`);
    seen.set(t.number, t.id);
    if (t.id !== `${t.businessDay}/${t.number}`) problems.push(`ticket ${t.id} has number ${t.number}`);
    if (!t.number.startsWith(t.prefix)) problems.push(`ticket ${t.id}: number ${t.number} lacks prefix ${t.prefix}`);
    byPrefix.set(t.prefix, [...(byPrefix.get(t.prefix) ?? []), t.seq]);
  }
  for (const [prefix, seqs] of byPrefix) {
    const sorted = [...seqs].sort((a, b) => a - b);
    const expected = sorted.map((_, i) => i + 1);
    if (sorted.join(',') !== expected.join(','))
      problems.push(`prefix ${prefix}: seqs ${sorted.join(',')} are not 1..${sorted.length}`);
  }
  return problems;
}

export function maxSeqByPrefix(tickets: readonly Ticket[]): Map<string, number> {
  const max = new Map<string, number>();
  for (const t of tickets) max.set(t.prefix, Math.max(max.get(t.prefix) ?? 0, t.seq));
  return max;
}
