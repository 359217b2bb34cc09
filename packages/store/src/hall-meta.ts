import type { Db, Stmt } from './database.ts';

/** Small key/value facts about the hall: today the business day it has reached. */
export class HallMeta {
  private readonly get: Stmt;
  private readonly put: Stmt;

  constructor(db: Db) {
    this.get = db.prepare('SELECT value FROM hall_meta WHERE key = ?');
    this.put = db.prepare(
      'INSERT INTO hall_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  businessDay(): string | null {
    const row = this.get.get('business_day') as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** A JSON value kept under a key (hall notices), or undefined. */
  json(key: string): unknown {
    const row = this.get.get(key) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : undefined;
  }

  setJson(key: string, value: unknown): void {
    this.put.run(key, JSON.stringify(value));
  }

  /** Moves the business day forward; refuses to move it back (a closed day is never reopened). */
  setBusinessDay(day: string): void {
    const current = this.businessDay();
    if (current !== null && day < current) {
      throw new Error(`refusing to move the business day back from ${current} to ${day}`);
    }
    this.put.run('business_day', day);
  }
}
