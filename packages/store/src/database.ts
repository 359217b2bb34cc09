import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the hall database and brings its schema up to date.
 * WAL lets displays read while a ticket is written; synchronous=FULL because a printed ticket must
 * survive a power cut, and NORMAL may roll back a committed transaction when power is lost.
 */
export function openDatabase(path: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`database schema ${current} is newer than this hub knows (${newest}): upgrade the hub`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    // Each migration and its version bump commit together, so a crash mid-upgrade leaves the old schema.
    db.transaction(() => {
      db.exec(m.sql);
      m.upgrade?.(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** A prepared statement taking positional or named parameters. */
export type Stmt = Database.Statement<unknown[], unknown>;
