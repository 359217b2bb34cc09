/**
 * A guarded write found the row not as the hub believed it (another writer, or a bug). The
 * transaction is rolled back; the caller reports a conflict instead of overwriting.
 */
export class StaleWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleWriteError';
  }
}

/** The database refused a write because a constraint (unique, foreign key, check) failed. */
export class ConstraintViolationError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'ConstraintViolationError';
  }
}

/** The database cannot be written: no space, a read-only file or disk, or an I/O error. */
export class StorageUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
}

/**
 * Turns a driver error into one of the typed errors above, so callers never match SQLite's codes;
 * anything else (a refusal thrown on purpose, a bug) passes through unchanged.
 */
export function typedStoreError(err: unknown): unknown {
  const code = typeof err === 'object' && err !== null ? String((err as { code?: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code.startsWith('SQLITE_CONSTRAINT')) return new ConstraintViolationError(message, err);
  if (/^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/.test(code)) return new StorageUnavailableError(message, err);
  return err;
}
