import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { tempDbPath } from './test-support.ts';

describe('openDatabase', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function fresh() {
    const t = tempDbPath();
    cleanups.push(t.cleanup);
    return t.path;
  }

  it('uses WAL with synchronous=FULL so a committed ticket survives a power cut', () => {
    const db = openDatabase(fresh());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL (1 would be NORMAL, which may lose the last commits on power loss in WAL mode)
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies every numbered migration once and records the version', () => {
    const path = fresh();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
    // Opening again must not re-run migration 1 (it would fail on CREATE TABLE).
    const again = openDatabase(path);
    expect(schemaVersion(again)).toBe(MIGRATIONS.at(-1)?.version);
    again.close();
  });

  it('refuses a database written by a newer hub', () => {
    const path = fresh();
    const db = openDatabase(path);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(path)).toThrow(/newer than this hub knows/);
  });

  it('rolls a failed migration back whole', () => {
    const path = fresh();
    const broken = [...MIGRATIONS, { version: 2, name: 'broken', sql: 'CREATE TABLE x (a); CREATE TABLE x (a);' }];
    expect(() => openDatabase(path, broken)).toThrow();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'x'").get()).toBeUndefined();
    db.close();
  });
});
