import type { Db, Stmt } from './database.ts';

export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: string;
}

/** Which entries to read: all given conditions hold; newest first. */
export interface AuditFilter {
  /** Exact, or every action it starts when it ends in a dot (`staff.`). Letters, digits, dots, dashes only. */
  action?: string;
  actor?: string;
  /** `at` at or after this time (ms). */
  since?: number;
  /** `id` below this one: the cursor for the next page. */
  before?: number;
  limit: number;
}

/** Security-relevant acts (logins, credentials, out-of-order calls), kept apart from the queue events. */
export class AuditLog {
  private readonly insert: Stmt;
  private readonly recentStmt: Stmt;

  constructor(private readonly db: Db) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
    this.recentStmt = db.prepare('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  }

  append(at: number, actor: string, action: string, detail: string): void {
    this.insert.run(at, actor, action, detail);
  }

  recent(limit: number): AuditEntry[] {
    return this.recentStmt.all(limit) as AuditEntry[];
  }

  find(filter: AuditFilter): AuditEntry[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.action !== undefined) {
      // LIKE wildcards cannot be in an action (callers validate it), so a prefix is matched literally.
      where.push(filter.action.endsWith('.') ? 'action LIKE ?' : 'action = ?');
      args.push(filter.action.endsWith('.') ? `${filter.action}%` : filter.action);
    }
    if (filter.actor !== undefined) {
      where.push('actor = ?');
      args.push(filter.actor);
    }
    if (filter.since !== undefined) {
      where.push('at >= ?');
      args.push(filter.since);
    }
    if (filter.before !== undefined) {
      where.push('id < ?');
      args.push(filter.before);
    }
    const sql = `SELECT id, at, actor, action, detail FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    return this.db.prepare(sql).all(...args, filter.limit) as AuditEntry[];
  }
}
