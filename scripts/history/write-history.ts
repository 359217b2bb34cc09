import { DEMO_CONFIG_PATH, loadHallConfig, rollUpStoredDay } from '@hall/hub';
import type { HallConfig, Ticket } from '@hall/protocol';
import { addDays, closedWindow, instantOf } from '@hall/queue-core';
import { HallStore } from '@hall/store';
import { HistoryClerks } from './clerks.ts';
import { UniqueCodes } from './codes.ts';
import { plansFor, simulateDay, SYSTEM_ACTOR, type HistoryEvent, type SimulatedDay } from './day-simulation.ts';
import { Random } from './random.ts';

export interface WriteHistoryOptions {
  /** A new database file (refused if it already holds a hall). */
  dbPath: string;
  days: number;
  /** The last business day written (YYYY-MM-DD, hall time zone). */
  endDay: string;
  seed: number;
  /** The demo hall when not given. */
  config?: HallConfig;
  /** Told after each day is committed (progress output of the command). */
  onDay?: (day: string, tickets: number) => void;
}

export interface HistoryWritten {
  tickets: number;
  days: number;
}

/** Bumped when the generator writes differently: caches of generated databases (the year benchmark) name it. */
export const HISTORY_FORMAT = 2;

/** No password hash matches this: the history's staff are names for the reports, never logins. */
const NO_LOGIN = '!history-account-no-login';

/**
 * Writes `days` business days ending on `endDay` into a new hall database, through the real schema: tickets with
 * their whole history, one stored event per step (the entity after the change, as the hub writes them), window
 * sessions, ratings, follow-ups, could-not-get-it-done matters, bookings, number counters, configuration version 1
 * and staff. Each day is written and rolled up (report_rollups) in the transaction that closes it, as the hub
 * does; the last day is left open, so a hub started on the file with its clock on `endDay + 1` closes it itself.
 * Deterministic: the same options give the same database.
 */
export function writeHistory(opts: WriteHistoryOptions): HistoryWritten {
  if (!Number.isInteger(opts.days) || opts.days < 1) throw new Error('days must be a whole number ≥ 1');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.endDay)) throw new Error('endDay must be YYYY-MM-DD');
  const config = opts.config ?? loadHallConfig(DEMO_CONFIG_PATH);
  const store = new HallStore(opts.dbPath);
  try {
    if (store.meta.businessDay() !== null || store.configVersions.latest()) {
      throw new Error(`${opts.dbPath} already holds a hall: history is written into a new database`);
    }
    // A generated file is made again if the machine stops mid-way: no need to wait for the disk on each commit.
    store.db.pragma('synchronous = OFF');
    const written = new HistoryWriter(store, config, opts).run();
    store.db.pragma('synchronous = FULL');
    store.db.exec('ANALYZE');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    return written;
  } finally {
    store.close();
  }
}

class HistoryWriter {
  private readonly tz: string;
  private readonly firstDay: string;
  private readonly clerks: HistoryClerks;
  private readonly insertTicket;
  private readonly insertEvent;
  private readonly insertCounter;
  private readonly insertBooking;
  private readonly insertFollowUp;
  private readonly insertComplaint;
  private readonly insertStaff;
  private readonly upsertWindow;

  constructor(
    private readonly store: HallStore,
    private readonly config: HallConfig,
    private readonly opts: WriteHistoryOptions,
  ) {
    this.tz = config.timeZone;
    this.firstDay = addDays(opts.endDay, -(opts.days - 1));
    this.clerks = new HistoryClerks(config.windows.map((w) => w.number));
    const db = store.db;
    // The columns TicketTable, EventLog, BookingTable, FollowUpTable and ComplaintTable write, for rows in their
    // final state (those classes insert new rows only, then update them step by step).
    this.insertTicket = db.prepare(`
      INSERT INTO tickets (id, business_day, prefix, n, number, service_id, lane, state, queue_seq, window, target_window, version, body, status_code)
      VALUES (@id, @businessDay, @prefix, @seq, @number, @serviceId, @lane, @state, @queueSeq, @window, @targetWindow, @version, @body, @statusCode)`);
    this.insertEvent = db.prepare(
      'INSERT INTO events (type, at, business_day, actor, ticket_id, window, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertCounter = db.prepare('INSERT INTO number_counters (business_day, prefix, last_n) VALUES (?, ?, ?)');
    this.insertBooking = db.prepare(`INSERT INTO bookings
      (code, service_id, slot_start, slot_end, session, state, source, name_masked, phone_masked, created_at, updated_at,
       checked_in_ticket_id)
      VALUES (@code, @serviceId, @slotStart, @slotEnd, @session, @state, @source, @name, @phone, @createdAt, @updatedAt,
       @ticketId)`);
    this.insertFollowUp = db.prepare(`INSERT INTO follow_ups
      (id, ticket_id, ticket_number, window, clerk_id, level, state, created_at, notes)
      VALUES (@id, @ticketId, @ticketNumber, @window, @clerkId, @level, @state, @createdAt, @notes)`);
    this.insertComplaint = db.prepare(`INSERT INTO complaints
      (id, window, ticket_id, clerk_id, matter, departments, contact_name, contact_phone, state, created_at, updated_at, notes)
      VALUES (@id, @window, @ticketId, @clerkId, @matter, @departments, @contactName, @contactPhone, @state, @createdAt, @updatedAt, @notes)`);
    this.insertStaff =
      db.prepare(`INSERT INTO staff (id, username, display_name, role, permissions, password_hash, created_at)
      VALUES (?, ?, ?, 'clerk', ?, ?, ?)`);
    this.upsertWindow =
      db.prepare(`INSERT INTO windows (number, state, version, body) VALUES (@number, @state, @version, @body)
      ON CONFLICT (number) DO UPDATE SET state = excluded.state, version = excluded.version, body = excluded.body`);
  }

  run(): HistoryWritten {
    const start = instantOf(this.firstDay, 0, this.tz);
    const historyEnd = instantOf(addDays(this.opts.endDay, 1), 0, this.tz);
    const windows = new Map(this.config.windows.map((w) => [w.number, closedWindow(w.number, start)]));
    const ctx = {
      config: this.config,
      plans: plansFor(this.config),
      clerks: this.clerks,
      codes: new UniqueCodes(this.opts.seed),
      rng: new Random(this.opts.seed),
      historyEnd,
      windows,
    };
    this.store.transaction(() => this.seed(start - 86_400_000));
    let queueSeq = 0;
    let tickets = 0;
    let previous: SimulatedDay | null = null;
    for (let i = 0; i < this.opts.days; i++) {
      const day = addDays(this.firstDay, i);
      const sim = simulateDay(ctx, day, queueSeq);
      queueSeq = sim.lastQueueSeq;
      tickets += sim.tickets.length;
      const closing = previous;
      this.store.transaction(() => {
        if (closing) this.closeDay(closing, day);
        this.store.meta.setBusinessDay(day);
        if (i === this.opts.days - 1) this.writeDay(sim);
      });
      if (closing) this.opts.onDay?.(closing.day, closing.tickets.length);
      previous = sim;
    }
    if (previous) this.opts.onDay?.(previous.day, previous.tickets.length);
    this.store.transaction(() => {
      for (const w of windows.values()) this.upsertWindow.run({ ...w, body: JSON.stringify(w) });
    });
    return { tickets, days: this.opts.days };
  }

  /** Configuration version 1 (as the hub seeds it), the history's staff, and the first business day. */
  private seed(at: number): void {
    this.store.configVersions.append({
      version: 1,
      createdAt: at,
      createdBy: SYSTEM_ACTOR,
      note: 'seeded from HALL_CONFIG',
      rolledBackFrom: null,
      document: this.config,
    });
    this.store.audit.append(at, SYSTEM_ACTOR, 'config.seeded', 'v1 from HALL_CONFIG (generated history)');
    for (const c of this.clerks.all()) {
      const permissions = c.clerkId === this.clerks.supervisor.clerkId ? ['supervise'] : [];
      this.insertStaff.run(c.clerkId, c.username, c.clerkName, JSON.stringify(permissions), NO_LOGIN, at);
    }
    this.store.meta.setBusinessDay(this.firstDay);
  }

  /**
   * What the hub's day close does at the next midnight (closeDay): the day's tickets still waiting are cancelled,
   * `day.closed` is stored under the new day; then the closed day is written and rolled up in the same transaction.
   */
  private closeDay(sim: SimulatedDay, newDay: string): void {
    const at = instantOf(newDay, 0, this.tz) + 1_000;
    const closeEvents: HistoryEvent[] = [];
    const cancelled = new Map<string, Ticket>();
    for (const t of sim.leftover) {
      const ticket: Ticket = {
        ...t,
        state: 'cancelled',
        finishedAt: at,
        history: [
          ...t.history,
          { at, action: 'cancelled', window: null, serviceId: t.serviceId, by: SYSTEM_ACTOR, note: 'day closed' },
        ],
        version: t.version + 1,
      };
      cancelled.set(ticket.id, ticket);
      closeEvents.push(eventOf('ticket.cancelled', at, newDay, { ticket }));
    }
    closeEvents.push(eventOf('day.closed', at, newDay, {}));
    for (const b of sim.bookings) {
      if (b.ticketId !== null && cancelled.has(b.ticketId)) {
        b.state = 'cancelled';
        b.updatedAt = at;
      }
    }
    this.writeDay(sim, cancelled, closeEvents);
    rollUpStoredDay(this.store, this.config, sim.day);
  }

  private writeDay(sim: SimulatedDay, replaced = new Map<string, Ticket>(), closeEvents: HistoryEvent[] = []): void {
    for (const [prefix, n] of sim.counters) this.insertCounter.run(sim.day, prefix, n);
    for (const t of sim.tickets) {
      const ticket = replaced.get(t.id) ?? t;
      this.insertTicket.run({ ...ticket, body: JSON.stringify(ticket) });
    }
    for (const e of [...sim.events, ...closeEvents]) {
      this.insertEvent.run(e.type, e.at, e.businessDay, e.actor, e.ticketId, e.window, e.body);
    }
    for (const b of sim.bookings) this.insertBooking.run(b);
    for (const f of sim.followUps) this.insertFollowUp.run({ ...f, notes: JSON.stringify(f.notes) });
    for (const c of sim.complaints) {
      this.insertComplaint.run({ ...c, departments: JSON.stringify(c.departments), notes: JSON.stringify(c.notes) });
    }
  }
}

function eventOf(type: HistoryEvent['type'], at: number, businessDay: string, e: { ticket?: Ticket }): HistoryEvent {
  const body = { type, at, businessDay, actor: SYSTEM_ACTOR, ticket: e.ticket };
  return {
    at,
    type,
    businessDay,
    actor: SYSTEM_ACTOR,
    ticketId: e.ticket?.id ?? null,
    window: e.ticket?.window ?? null,
    body: JSON.stringify(body),
  };
}
