import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConstraintViolationError, StorageUnavailableError } from './errors.ts';
import { HallStore } from './hall-store.ts';
import { tempDbPath } from './test-support.ts';

describe('typed store errors', () => {
  const db = tempDbPath();
  const store = new HallStore(db.path);
  const insert = (k: string) => () => store.db.prepare('INSERT INTO t (k) VALUES (?)').run(k);
  store.db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  afterEach(() => {
    store.db.pragma('query_only = 0');
  });
  afterAll(() => {
    store.close();
    db.cleanup();
  });

  it('turns a failed constraint into ConstraintViolationError, keeping the driver error as cause', () => {
    store.transaction(insert('a'));
    let thrown: unknown;
    try {
      store.transaction(insert('a'));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConstraintViolationError);
    expect((thrown as ConstraintViolationError).cause).toMatchObject({
      code: expect.stringMatching(/^SQLITE_CONSTRAINT/),
    });
  });

  it('turns a refused write (read-only) into StorageUnavailableError', () => {
    store.db.pragma('query_only = 1');
    expect(() => store.transaction(insert('b'))).toThrow(StorageUnavailableError);
  });

  it('lets any other error through unchanged', () => {
    const own = new Error('refused on purpose');
    expect(() =>
      store.transaction(() => {
        throw own;
      }),
    ).toThrow(own);
  });
});
