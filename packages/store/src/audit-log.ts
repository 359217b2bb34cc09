import type { Db, Stmt } from './database.ts';

export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: string;
}

/** Security-relevant acts (logins, credentials, out-of-order calls), kept apart from the queue events. */
export class AuditLog {
  private readonly insert: Stmt;
  private readonly recentStmt: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
    this.recentStmt = db.prepare('SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  }

  append(at: number, actor: string, action: string, detail: string): void {
    this.insert.run(at, actor, action, detail);
  }

  recent(limit: number): AuditEntry[] {
    return this.recentStmt.all(limit) as AuditEntry[];
  }
}
