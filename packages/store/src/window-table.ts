import { windowStateSchema, type WindowState } from '@hall/protocol';
import { closedWindow } from '@hall/queue-core';
import type { Db, Stmt } from './database.ts';
import { StaleWriteError } from './errors.ts';

export class WindowTable {
  private readonly insertIfMissing: Stmt;
  private readonly updateStmt: Stmt;
  private readonly all: Stmt;

  constructor(db: Db) {
    this.insertIfMissing = db.prepare(
      'INSERT OR IGNORE INTO windows (number, state, version, body) VALUES (@number, @state, @version, @body)',
    );
    this.updateStmt = db.prepare(
      'UPDATE windows SET state = @state, version = @version, body = @body WHERE number = @number AND version = @version - 1',
    );
    this.all = db.prepare('SELECT body FROM windows ORDER BY number');
  }

  /** Gives every configured window a row (closed) so later writes are plain guarded updates. */
  ensure(numbers: readonly number[], at: number): void {
    for (const n of numbers) {
      const w = closedWindow(n, at);
      this.insertIfMissing.run({ ...w, body: JSON.stringify(w) });
    }
  }

  save(window: WindowState): void {
    if (this.updateStmt.run({ ...window, body: JSON.stringify(window) }).changes !== 1) {
      throw new StaleWriteError(`window ${window.number} was not at version ${window.version - 1}`);
    }
  }

  list(): WindowState[] {
    return (this.all.all() as { body: string }[]).map((r) => windowStateSchema.parse(JSON.parse(r.body)));
  }
}
