import {
  storedEventSchema,
  windowStateSchema,
  type HallEventType,
  type StoredEvent,
  type Ticket,
  type WindowState,
} from '@hall/protocol';
import type { WindowEvent } from '@hall/queue-core';
import type { Db, Stmt } from './database.ts';

export interface NewEvent {
  type: HallEventType;
  at: number;
  businessDay: string;
  actor: string;
  ticket?: Ticket | undefined;
  window?: WindowState | undefined;
}

/** The append-only event table, written in the same transaction as the state tables it describes. */
export class EventLog {
  private readonly insert: Stmt;
  private readonly after: Stmt;
  private readonly last: Stmt;
  private readonly first: Stmt;
  private readonly windowsOfDay: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO events (type, at, business_day, actor, ticket_id, window, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.after = db.prepare('SELECT id, body FROM events WHERE id > ? ORDER BY id LIMIT ?');
    this.last = db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM events');
    this.first = db.prepare('SELECT COALESCE(MIN(id), 0) AS id FROM events');
    // Only events that carry a window body (its JSON is the one "window" key holding an object).
    this.windowsOfDay = db.prepare(
      `SELECT type, at, json_extract(body, '$.window') AS window FROM events
       WHERE business_day = ? AND instr(body, '"window":{') > 0 ORDER BY id`,
    );
  }

  append(e: NewEvent): StoredEvent {
    const body = {
      type: e.type,
      at: e.at,
      businessDay: e.businessDay,
      actor: e.actor,
      ticket: e.ticket,
      window: e.window,
    };
    const info = this.insert.run(
      e.type,
      e.at,
      e.businessDay,
      e.actor,
      e.ticket?.id ?? null,
      e.window?.number ?? e.ticket?.window ?? null,
      JSON.stringify(body),
    );
    return storedEventSchema.parse({ ...body, id: Number(info.lastInsertRowid) });
  }

  /** Events after `id`, oldest first, at most `limit`. */
  since(id: number, limit: number): StoredEvent[] {
    return (this.after.all(id, limit) as { id: number; body: string }[]).map((r) =>
      storedEventSchema.parse({ ...JSON.parse(r.body), id: r.id }),
    );
  }

  lastId(): number {
    return (this.last.get() as { id: number }).id;
  }

  firstId(): number {
    return (this.first.get() as { id: number }).id;
  }

  /** A business day's events that carry a window, oldest first: how the day's windows spent their time. */
  windowEventsOf(businessDay: string): WindowEvent[] {
    return (this.windowsOfDay.all(businessDay) as { type: HallEventType; at: number; window: string | null }[])
      .filter((r) => r.window !== null)
      .map((r) => ({ type: r.type, at: r.at, window: windowStateSchema.parse(JSON.parse(r.window as string)) }));
  }
}
