import { afterEach, describe, expect, it } from 'vitest';
import { ConstraintViolationError, StorageUnavailableError } from './errors.ts';
import { HallStore } from './hall-store.ts';
import { tempDbPath } from './test-support.ts';

describe('typed store errors', () => {
  const db = tempDbPath();
  const store = new HallStore(db.path);
  afterEach(() => {
    store.db.pragma('query_only = 0');
  });

  it('turns a failed constraint into ConstraintViolationError, keeping the driver error as cause', () => {
    store.db.exec('CREATE TABLE IF NOT EXISTS t (k TEXT PRIMARY KEY)');
    store.transaction(() => store.db.prepare('INSERT INTO t (k) VALUES (?)').run('a'));
    let thrown: unknown;
    try {
      store.transaction(() => store.db.prepare('INSERT INTO t (k) VALUES (?)').run('a'));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConstraintViolationError);
    expect(
      String((thrown as ConstraintViolationError).cause && (thrown as { cause: { code: string } }).cause.code),
    ).toMatch(/^SQLITE_CONSTRAINT/);
  });

  it('turns a refused write (read-only) into StorageUnavailableError', () => {
    store.db.pragma('query_only = 1');
    expect(() => store.transaction(() => store.db.prepare('INSERT INTO t (k) VALUES (?)').run('b'))).toThrow(
      StorageUnavailableError,
    );
  });

  it('lets any other error through unchanged', () => {
    const own = new Error('refused on purpose');
    expect(() =>
      store.transaction(() => {
        throw own;
      }),
    ).toThrow(own);
    store.close();
    db.cleanup();
  });
});
