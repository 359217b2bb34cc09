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
