import { ticketSchema, type Ticket } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';
import { StaleWriteError } from './errors.ts';

interface TicketRow {
  body: string;
}

function parse(row: TicketRow): Ticket {
  return ticketSchema.parse(JSON.parse(row.body));
}

// Earlier days' tickets that are not finished: held at a window past midnight, or transferred after it.
// (Waiting ones are cancelled when their day closes, so only those carried over remain.)
// Two indexed reads rather than one OR, which the planner answers with a scan of every ticket on a long history.
export const LIVE_TICKETS_SQL = `SELECT body, queue_seq FROM tickets WHERE business_day = @businessDay
  UNION ALL
  SELECT body, queue_seq FROM tickets INDEXED BY tickets_unfinished
  WHERE state IN ('waiting', 'transferred', 'called', 'serving') AND business_day <> @businessDay
  ORDER BY queue_seq`;

export const LAST_QUEUE_SEQ_SQL = 'SELECT COALESCE(MAX(queue_seq), 0) AS seq FROM tickets';

export class TicketTable {
  private readonly insertStmt: Stmt;
  private readonly updateStmt: Stmt;
  private readonly callStmt: Stmt;
  private readonly byDay: Stmt;
  private readonly live: Stmt;
  private readonly byId: Stmt;
  private readonly maxQueueSeq: Stmt;
  private readonly byStatusCode: Stmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(`
      INSERT INTO tickets (id, business_day, prefix, n, number, service_id, lane, state, queue_seq, window, target_window, version, body, status_code)
      VALUES (@id, @businessDay, @prefix, @seq, @number, @serviceId, @lane, @state, @queueSeq, @window, @targetWindow, @version, @body, @statusCode)`);
    const set = `SET service_id = @serviceId, state = @state, window = @window, target_window = @targetWindow,
                     queue_seq = @queueSeq, version = @version, body = @body`;
    this.updateStmt = db.prepare(`UPDATE tickets ${set} WHERE id = @id AND version = @version - 1`);
    // The guarded update that makes a double call impossible: only a waiting ticket can be called.
    this.callStmt = db.prepare(
      `UPDATE tickets ${set} WHERE id = @id AND version = @version - 1 AND state IN ('waiting', 'transferred')`,
    );
    this.byDay = db.prepare('SELECT body FROM tickets WHERE business_day = ? ORDER BY queue_seq');
    this.live = db.prepare(LIVE_TICKETS_SQL);
    this.byId = db.prepare('SELECT body FROM tickets WHERE id = ?');
    this.maxQueueSeq = db.prepare(LAST_QUEUE_SEQ_SQL);
    this.byStatusCode = db.prepare('SELECT body FROM tickets WHERE status_code = ?');
  }

  /** Writes a ticket as a command left it: insert when new, otherwise a version-guarded update. */
  save(ticket: Ticket): void {
    const params = { ...ticket, body: JSON.stringify(ticket) };
    if (ticket.version === 1) {
      this.insertStmt.run(params);
      return;
    }
    const stmt =
      ticket.state === 'called' && ticket.history.at(-1)?.action === 'called' ? this.callStmt : this.updateStmt;
    if (stmt.run(params).changes !== 1) {
      throw new StaleWriteError(`ticket ${ticket.id} was not at version ${ticket.version - 1} (or not waiting)`);
    }
  }

  forDay(businessDay: string): Ticket[] {
    return (this.byDay.all(businessDay) as TicketRow[]).map(parse);
  }

  /** Today's tickets plus any unfinished ones from an earlier day: what the hub keeps in memory. */
  liveFor(businessDay: string): Ticket[] {
    return (this.live.all({ businessDay }) as TicketRow[]).map(parse);
  }

  get(id: string): Ticket | undefined {
    const row = this.byId.get(id) as TicketRow | undefined;
    return row ? parse(row) : undefined;
  }

  /** The ticket a phone status page asks for. */
  byCode(statusCode: string): Ticket | undefined {
    const row = this.byStatusCode.get(statusCode) as TicketRow | undefined;
    return row ? parse(row) : undefined;
  }

  lastQueueSeq(): number {
    return (this.maxQueueSeq.get() as { seq: number }).seq;
  }
}
