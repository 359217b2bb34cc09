import { printerStatusSchema, type DeviceRole, type DeviceView, type PrinterStatus } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface DeviceRow {
  id: string;
  role: DeviceRole;
  name: string;
  created_at: number;
  revoked_at: number | null;
  printer_status: string | null;
  window: number | null;
}

function printerOf(json: string | null): DeviceView['printer'] {
  if (json === null) return null;
  const raw = JSON.parse(json) as { status: unknown; at: number };
  const status = printerStatusSchema.safeParse(raw.status);
  return status.success ? { status: status.data, at: raw.at } : null;
}

function fromRow(r: DeviceRow): DeviceView {
  return {
    id: r.id,
    role: r.role,
    name: r.name,
    window: r.window,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    printer: printerOf(r.printer_status),
  };
}

/** Registered kiosks and displays; a device is known by the hash of its token. */
export class DeviceTable {
  private readonly insert: Stmt;
  private readonly byToken: Stmt;
  private readonly byId: Stmt;
  private readonly revokeStmt: Stmt;
  private readonly all: Stmt;
  private readonly setPrinter: Stmt;
  private readonly setSeen: Stmt;
  private readonly allSeen: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO devices (id, role, name, token_hash, created_at, window) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.byToken = db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
    this.byId = db.prepare('SELECT * FROM devices WHERE id = ?');
    this.revokeStmt = db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
    this.all = db.prepare('SELECT * FROM devices ORDER BY created_at');
    this.setPrinter = db.prepare('UPDATE devices SET printer_status = ? WHERE id = ?');
    this.setSeen = db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?');
    this.allSeen = db.prepare('SELECT id, last_seen_at FROM devices WHERE last_seen_at IS NOT NULL');
  }

  create(id: string, role: DeviceRole, name: string, tokenHash: string, at: number, window: number | null): DeviceView {
    this.insert.run(id, role, name, tokenHash, at, window);
    return { id, role, name, window, createdAt: at, revokedAt: null, printer: null };
  }

  /** The device holding this token, unless it was revoked. */
  findActiveByTokenHash(tokenHash: string): DeviceView | undefined {
    const row = this.byToken.get(tokenHash) as DeviceRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  get(id: string): DeviceView | undefined {
    const row = this.byId.get(id) as DeviceRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** The last printer status a kiosk reported, for the admin (paper near end). */
  setPrinterStatus(id: string, status: PrinterStatus, at: number): void {
    this.setPrinter.run(JSON.stringify({ status, at }), id);
  }

  /** When the hub last heard from the device (the hub keeps the live value and writes it now and then). */
  setLastSeen(id: string, at: number): void {
    this.setSeen.run(at, id);
  }

  /** Every device's last stored "seen" time, by id; devices never seen are absent. */
  lastSeen(): Map<string, number> {
    const rows = this.allSeen.all() as { id: string; last_seen_at: number }[];
    return new Map(rows.map((r) => [r.id, r.last_seen_at]));
  }

  revoke(id: string, at: number): boolean {
    return this.revokeStmt.run(at, id).changes === 1;
  }

  list(): DeviceView[] {
    return (this.all.all() as DeviceRow[]).map(fromRow);
  }
}
