import type { AlertKind, AlertSubject, HallAlert } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface AlertRow {
  id: string;
  kind: AlertKind;
  key: string;
  subject: string;
  raised_at: number;
  cleared_at: number | null;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

function fromRow(r: AlertRow): HallAlert {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    subject: JSON.parse(r.subject) as AlertSubject,
    raisedAt: r.raised_at,
    clearedAt: r.cleared_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
  };
}

export type NewAlert = Pick<HallAlert, 'id' | 'kind' | 'key' | 'subject' | 'raisedAt'>;

/** Alerts of the live board: raised and cleared by the hub, acknowledged by a supervisor. */
export class AlertTable {
  private readonly insert: Stmt;
  private readonly byId: Stmt;
  private readonly standingStmt: Stmt;
  private readonly boardStmt: Stmt;
  private readonly clearStmt: Stmt;
  private readonly acknowledgeStmt: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(`INSERT INTO alerts (id, kind, key, subject, raised_at)
      VALUES (@id, @kind, @key, @subject, @raisedAt)`);
    this.byId = db.prepare('SELECT * FROM alerts WHERE id = ?');
    this.standingStmt = db.prepare('SELECT * FROM alerts WHERE cleared_at IS NULL ORDER BY raised_at, id');
    this.boardStmt = db.prepare(
      'SELECT * FROM alerts WHERE cleared_at IS NULL OR acknowledged_at IS NULL ORDER BY raised_at DESC, id DESC',
    );
    this.clearStmt = db.prepare('UPDATE alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL');
    this.acknowledgeStmt = db.prepare(
      'UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL',
    );
  }

  raise(a: NewAlert): void {
    this.insert.run({ ...a, subject: JSON.stringify(a.subject) });
  }

  get(id: string): HallAlert | undefined {
    const row = this.byId.get(id) as AlertRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Alerts whose cause the hub has not seen go yet (at most one per key). */
  standing(): HallAlert[] {
    return (this.standingStmt.all() as AlertRow[]).map(fromRow);
  }

  /** The board: not acknowledged, or acknowledged but not yet cleared; newest first. */
  board(): HallAlert[] {
    return (this.boardStmt.all() as AlertRow[]).map(fromRow);
  }

  /** Its cause has gone; false if it was cleared already. */
  clear(id: string, at: number): boolean {
    return this.clearStmt.run(at, id).changes === 1;
  }

  /** A supervisor saw it; false if it had been acknowledged already (the first acknowledgement stays). */
  acknowledge(id: string, at: number, by: string): boolean {
    return this.acknowledgeStmt.run(at, by, id).changes === 1;
  }
}
