import type { Complaint, ComplaintState } from '@hall/protocol';
import type { Db, Stmt } from './database.ts';

interface ComplaintRow {
  id: string;
  window: number;
  ticket_id: string | null;
  clerk_id: string;
  matter: string;
  departments: string;
  contact_name: string | null;
  contact_phone: string | null;
  state: ComplaintState;
  created_at: number;
  updated_at: number;
  notes: string;
}

function fromRow(r: ComplaintRow): Complaint {
  return {
    id: r.id,
    window: r.window,
    ticketId: r.ticket_id,
    clerkId: r.clerk_id,
    matter: r.matter,
    departments: JSON.parse(r.departments) as string[],
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    state: r.state,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    notes: JSON.parse(r.notes) as Complaint['notes'],
  };
}

/** The could-not-get-it-done desk's matters (contact data masked before it gets here). */
export class ComplaintTable {
  private readonly insert: Stmt;
  private readonly byId: Stmt;
  private readonly all: Stmt;
  private readonly byWindow: Stmt;
  private readonly progressStmt: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(`INSERT INTO complaints
      (id, window, ticket_id, clerk_id, matter, departments, contact_name, contact_phone, state, created_at, updated_at, notes)
      VALUES (@id, @window, @ticketId, @clerkId, @matter, @departments, @contactName, @contactPhone, 'open', @createdAt, @createdAt, '[]')`);
    this.byId = db.prepare('SELECT * FROM complaints WHERE id = ?');
    this.all = db.prepare("SELECT * FROM complaints WHERE state <> 'resolved' OR updated_at >= ? ORDER BY created_at");
    this.byWindow = db.prepare(
      "SELECT * FROM complaints WHERE window = ? AND (state <> 'resolved' OR updated_at >= ?) ORDER BY created_at",
    );
    this.progressStmt = db.prepare(
      'UPDATE complaints SET state = ?, notes = ?, updated_at = ? WHERE id = ? AND updated_at = ?',
    );
  }

  create(c: Omit<Complaint, 'state' | 'updatedAt' | 'notes'>): Complaint {
    this.insert.run({ ...c, departments: JSON.stringify(c.departments) });
    return { ...c, state: 'open', updatedAt: c.createdAt, notes: [] };
  }

  get(id: string): Complaint | undefined {
    const row = this.byId.get(id) as ComplaintRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Unresolved matters and those resolved since `since`; of one window, or of all. */
  list(since: number, window?: number): Complaint[] {
    const rows = window === undefined ? this.all.all(since) : this.byWindow.all(window, since);
    return (rows as ComplaintRow[]).map(fromRow);
  }

  /** Moves a matter on with a note (guarded on its last update, so two clerks cannot overwrite each other). */
  progress(current: Complaint, state: ComplaintState, note: Complaint['notes'][number]): boolean {
    const notes = JSON.stringify([...current.notes, note]);
    return this.progressStmt.run(state, notes, note.at, current.id, current.updatedAt).changes === 1;
  }
}
