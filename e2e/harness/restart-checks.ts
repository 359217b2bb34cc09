import type { HallEventMessage, Ticket } from '@hall/protocol';
import { expect } from 'vitest';
import type { CounterModel } from './clerk-desk.ts';
import { allEvents, lastEventId, maxSeqByPrefix, numberingProblems, ticketsOfDay, windowsOf } from './hall-reads.ts';
import { answer, sendUntilAnswered, type IssueEntry, type Ledger } from './kiosk-load.ts';
import { closeWires, openWires, wireOf, type KioskDevice, type KioskWires } from './kiosk-wire.ts';

export interface RestartInput {
  url: string;
  admin: string;
  kiosks: readonly KioskDevice[];
  /** The demo kiosk's name among `kiosks`: it issues the numbering probes. */
  probeKiosk: string;
  /** The prefix the hall gives each service the kiosks use. */
  prefixOf: ReadonlyMap<string, string>;
  ledger: Ledger;
  model: CounterModel;
  /** Requests that got no answer before the kill. */
  lost: readonly IssueEntry[];
  round: number;
  tag: string;
  random: () => number;
}

export interface RestartReport {
  /** Unanswered requests whose ticket had been stored before the kill (the retry got it back). */
  storedBeforeKill: number;
  tickets: number;
  events: HallEventMessage[];
}

/**
 * Everything that must hold after a restart on a database whose hub was killed with SIGKILL, checked
 * through the admin API in the order a hall would live it: look, issue, let the kiosks retry, look again.
 */
export async function verifyRestart(v: RestartInput): Promise<RestartReport> {
  // Sessions live in the database: the admin token from before the kills still works.
  const { tickets: stored } = await ticketsOfDay(v.url, v.admin);
  const byId = new Map(stored.map((t) => [t.id, t]));

  // (b) No number twice, no gap in any prefix.
  expect(numberingProblems(stored)).toEqual([]);
  // (a) Every ticket a kiosk was answered with is there, under the same number.
  expectAnsweredStored(v, byId);
  // (e) The counters are as the clerks left them.
  await expectCounters(v, stored);

  const wires = await openWires(v.kiosks, v.url);
  try {
    // (c) Numbering goes on right after the highest stored number of each prefix.
    await probeNumbering(v, wires, stored);
    // (d) Retries with the same request ids get the stored ticket or, if none was stored, one new ticket.
    const storedBeforeKill = await retryLost(v, wires, byId);

    const { tickets: after } = await ticketsOfDay(v.url, v.admin);
    expect(numberingProblems(after)).toEqual([]);
    expect(v.ledger.unanswered()).toEqual([]);
    // One ticket per request id, and every stored ticket is some request's.
    const fromLedger = v.ledger.entries.map((e) => e.ticket?.id ?? '').sort();
    expect(new Set(fromLedger).size).toBe(v.ledger.entries.length);
    expect(after.map((t) => t.id).sort()).toEqual(fromLedger);

    // (f) The event log agrees: ids 1..n without a gap, one ticket.issued per ticket.
    const events = await allEvents(v.url, v.admin);
    if (!events) throw new Error('more events than /api/v1/events replays at once: lower the load');
    const ids = events.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(ids.length).toBe(await lastEventId(v.url));
    const issued = events.filter((e) => e.type === 'ticket.issued').map((e) => e.ticket?.id ?? '');
    expect(issued.sort()).toEqual(fromLedger);

    return { storedBeforeKill, tickets: after.length, events };
  } finally {
    closeWires(wires);
  }
}

function expectAnsweredStored(v: RestartInput, byId: ReadonlyMap<string, Ticket>): void {
  for (const e of v.ledger.answered()) {
    const t = byId.get(e.ticket?.id ?? '');
    expect(t, `answered ticket ${e.ticket?.id} (${e.body.requestId}) missing after kill ${v.round}`).toBeDefined();
    expect(t).toMatchObject({ number: e.ticket?.number, serviceId: e.body.serviceId, lane: e.body.lane });
    expect(t?.prefix).toBe(v.prefixOf.get(e.body.serviceId));
    // A first answer is never a replay: every request id was new when first sent.
    if (e.retried === undefined) expect(e.replayedFlag ?? false, `${e.body.requestId} first answer`).toBe(false);
  }
}

async function expectCounters(v: RestartInput, stored: readonly Ticket[]): Promise<void> {
  const windows = await windowsOf(v.url, v.admin);
  for (const [number, w] of v.model.windows) {
    expect(windows.get(number), `window ${number}`).toMatchObject({
      state: 'open',
      clerkId: w.clerkId,
      currentTicketId: w.currentTicketId,
    });
  }
  const byId = new Map(stored.map((t) => [t.id, t]));
  for (const [id, state] of v.model.tickets) expect(byId.get(id)?.state, `state of ${id}`).toBe(state);
  // Nothing else is held at a window: no ticket called by a command that was never acknowledged.
  const held = stored.filter((t) => t.state === 'called' || t.state === 'serving').map((t) => t.id);
  const expected = [...v.model.windows.values()].flatMap((w) => w.currentTicketId ?? []);
  expect(held.sort()).toEqual(expected.sort());
}

async function probeNumbering(v: RestartInput, wires: KioskWires, stored: readonly Ticket[]): Promise<void> {
  for (const [prefix, seq] of maxSeqByPrefix(stored)) {
    const serviceId = [...v.prefixOf].find(([, p]) => p === prefix)?.[0];
    if (!serviceId) throw new Error(`a stored ticket has prefix ${prefix}, which no kiosk asked for`);
    const body = { requestId: `probe-${v.tag}-${v.round}-${prefix}`, serviceId, lane: 'normal' as const };
    const entry = v.ledger.add(v.probeKiosk, v.round, body);
    const outcome = await sendUntilAnswered(wireOf(wires, v.probeKiosk), entry, v.random);
    if (outcome.kind !== 'ticket') throw new Error(`probe for ${prefix} not answered: ${JSON.stringify(outcome)}`);
    answer(entry, outcome);
    expect(outcome.ticket.seq, `next ${prefix} number after ${prefix}${seq}`).toBe(seq + 1);
  }
}

/**
 * Each kiosk sends again what it got no answer for, same request id, same body; and a few it did get,
 * since a lost answer looks the same to a kiosk. Returns how many had been stored before the kill.
 */
async function retryLost(v: RestartInput, wires: KioskWires, stored: ReadonlyMap<string, Ticket>): Promise<number> {
  const answeredBefore = new Set(v.ledger.answered().map((e) => e.ticket?.id));
  const again = v.ledger.answered().filter((e) => e.round === v.round && v.random() < 0.1);
  const claimed = new Map<string, string>();
  await Promise.all(
    v.kiosks.map(async (k) => {
      const wire = wireOf(wires, k.name);
      for (const entry of v.lost.filter((e) => e.kiosk === k.name)) {
        const what = `retry of ${entry.body.requestId}`;
        const outcome = await sendUntilAnswered(wire, entry, v.random);
        if (outcome.kind !== 'ticket') throw new Error(`${what} not answered: ${JSON.stringify(outcome)}`);
        const first = stored.get(outcome.ticket.id);
        answer(entry, outcome);
        entry.retried = first ? 'replayed' : 'new';
        if (outcome.replayed !== undefined) expect(outcome.replayed, `${what}: HTTP 200 iff replayed`).toBe(!!first);
        if (!first) continue;
        expect(answeredBefore.has(first.id), `${what} got ${first.id}, another request's ticket`).toBe(false);
        expect(claimed.get(first.id), `${what}: ${first.id} given to two request ids`).toBeUndefined();
        claimed.set(first.id, entry.body.requestId);
        expect(outcome.ticket.number).toBe(first.number);
      }
      for (const entry of again.filter((e) => e.kiosk === k.name)) {
        const what = `${entry.body.requestId} sent again after the restart`;
        const outcome = await sendUntilAnswered(wire, entry, v.random);
        expect(outcome.kind === 'ticket' ? outcome.ticket.id : outcome.kind, what).toBe(entry.ticket?.id);
        if (outcome.kind === 'ticket' && outcome.replayed !== undefined) expect(outcome.replayed, what).toBe(true);
      }
    }),
  );
  return claimed.size;
}
