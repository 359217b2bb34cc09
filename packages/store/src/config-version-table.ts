import type { Db, Stmt } from './database.ts';

/** One stored configuration version; `document` is the JSON the hub validated before storing it. */
export interface ConfigVersionRecord {
  version: number;
  createdAt: number;
  createdBy: string;
  note: string | null;
  rolledBackFrom: number | null;
  document: unknown;
}

export type ConfigVersionHeader = Omit<ConfigVersionRecord, 'document'>;

interface Row {
  version: number;
  created_at: number;
  created_by: string;
  note: string | null;
  rolled_back_from: number | null;
  document?: string;
}

function headerOf(r: Row): ConfigVersionHeader {
  return {
    version: r.version,
    createdAt: r.created_at,
    createdBy: r.created_by,
    note: r.note,
    rolledBackFrom: r.rolled_back_from,
  };
}

/** The hall configuration as numbered versions; rows are only ever added. */
export class ConfigVersionTable {
  private readonly insert: Stmt;
  private readonly latestStmt: Stmt;
  private readonly oneStmt: Stmt;
  private readonly pageStmt: Stmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO config_versions (version, created_at, created_by, note, rolled_back_from, document) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.latestStmt = db.prepare('SELECT * FROM config_versions ORDER BY version DESC LIMIT 1');
    this.oneStmt = db.prepare('SELECT * FROM config_versions WHERE version = ?');
    this.pageStmt = db.prepare(
      'SELECT version, created_at, created_by, note, rolled_back_from FROM config_versions WHERE version < ? ORDER BY version DESC LIMIT ?',
    );
  }

  /** The highest version, or undefined for a database that has never stored one. */
  latest(): ConfigVersionRecord | undefined {
    return this.recordOf(this.latestStmt.get() as Row | undefined);
  }

  get(version: number): ConfigVersionRecord | undefined {
    return this.recordOf(this.oneStmt.get(version) as Row | undefined);
  }

  /** Versions below `before` (all when left out), newest first. */
  list(before: number | undefined, limit: number): ConfigVersionHeader[] {
    return (this.pageStmt.all(before ?? Number.MAX_SAFE_INTEGER, limit) as Row[]).map(headerOf);
  }

  /**
   * Stores the next version. The primary key refuses a second writer that read the same latest
   * version (a ConstraintViolationError once the store's transaction types it).
   */
  append(v: ConfigVersionRecord): void {
    this.insert.run(v.version, v.createdAt, v.createdBy, v.note, v.rolledBackFrom, JSON.stringify(v.document));
  }

  private recordOf(row: Row | undefined): ConfigVersionRecord | undefined {
    if (!row) return undefined;
    return { ...headerOf(row), document: JSON.parse(row.document ?? 'null') as unknown };
  }
}
