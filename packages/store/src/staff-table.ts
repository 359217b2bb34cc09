import type { StaffRole } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  permissions: string[];
  passwordHash: string;
  createdAt: number;
  disabledAt: number | null;
}

interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: StaffRole;
  permissions: string;
  password_hash: string;
  created_at: number;
  disabled_at: number | null;
}

function fromRow(r: StaffRow): StaffRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    permissions: JSON.parse(r.permissions) as string[],
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

/** Staff accounts and their login sessions (only token hashes are stored). */
export class StaffTable {
  private readonly insert: Stmt;
  private readonly byUsername: Stmt;
  private readonly byId: Stmt;
  private readonly all: Stmt;
  private readonly countAdmins: Stmt;
  private readonly setHash: Stmt;
  private readonly disableStmt: Stmt;
  private readonly enableStmt: Stmt;
  private readonly endSessionsOf: Stmt;
  private readonly endOthers: Stmt;
  private readonly insertSession: Stmt;
  private readonly findSession: Stmt;
  private readonly deleteSession: Stmt;
  private readonly pruneSessions: Stmt;

  constructor(db: Db) {
    this.insert =
      db.prepare(`INSERT INTO staff (id, username, display_name, role, permissions, password_hash, created_at)
      VALUES (@id, @username, @displayName, @role, @permissions, @passwordHash, @createdAt)`);
    this.byUsername = db.prepare('SELECT * FROM staff WHERE username = ?');
    this.byId = db.prepare('SELECT * FROM staff WHERE id = ?');
    this.all = db.prepare('SELECT * FROM staff ORDER BY username');
    this.countAdmins = db.prepare("SELECT COUNT(*) AS n FROM staff WHERE role = 'admin' AND disabled_at IS NULL");
    this.setHash = db.prepare('UPDATE staff SET password_hash = ? WHERE id = ?');
    this.disableStmt = db.prepare('UPDATE staff SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL');
    this.enableStmt = db.prepare('UPDATE staff SET disabled_at = NULL WHERE id = ?');
    this.endSessionsOf = db.prepare('DELETE FROM sessions WHERE staff_id = ?');
    this.endOthers = db.prepare('DELETE FROM sessions WHERE staff_id = ? AND token_hash <> ?');
    this.insertSession = db.prepare(
      'INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.findSession = db.prepare('SELECT staff_id, expires_at FROM sessions WHERE token_hash = ?');
    this.deleteSession = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
    this.pruneSessions = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  }

  create(r: Omit<StaffRecord, 'disabledAt'>): void {
    this.insert.run({ ...r, permissions: JSON.stringify(r.permissions) });
  }

  findByUsername(username: string): StaffRecord | undefined {
    const row = this.byUsername.get(username) as StaffRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  findById(id: string): StaffRecord | undefined {
    const row = this.byId.get(id) as StaffRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  list(): StaffRecord[] {
    return (this.all.all() as StaffRow[]).map(fromRow);
  }

  activeAdminCount(): number {
    return (this.countAdmins.get() as { n: number }).n;
  }

  setPasswordHash(id: string, hash: string): void {
    this.setHash.run(hash, id);
  }

  /** Disables an account and ends its sessions; false if it was disabled already. */
  disable(id: string, at: number): boolean {
    this.endSessionsOf.run(id);
    return this.disableStmt.run(at, id).changes === 1;
  }

  enable(id: string): void {
    this.enableStmt.run(id);
  }

  /** Ends every session of one staff member but the given one (after a password change). */
  endOtherSessions(staffId: string, keepTokenHash: string): void {
    this.endOthers.run(staffId, keepTokenHash);
  }

  addSession(tokenHash: string, staffId: string, at: number, expiresAt: number): void {
    this.insertSession.run(tokenHash, staffId, at, expiresAt);
  }

  /** The staff id of a session that has not expired at `now`. */
  sessionStaff(tokenHash: string, now: number): string | undefined {
    const row = this.findSession.get(tokenHash) as { staff_id: string; expires_at: number } | undefined;
    return row && row.expires_at > now ? row.staff_id : undefined;
  }

  endSession(tokenHash: string): void {
    this.deleteSession.run(tokenHash);
  }

  pruneExpiredSessions(now: number): void {
    this.pruneSessions.run(now);
  }
}
