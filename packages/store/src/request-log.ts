import { createHash } from 'node:crypto';
import type { Db, Stmt } from './database.ts';

/**
 * What the request log keeps of a command's content: the SHA-256 (hex) of its canonical text. Equal
 * content gives equal digests, which is all a retry check needs; the text itself (a kiosk's holder
 * name, a transfer note) is never stored.
 */
export function fingerprintDigest(canonicalText: string): string {
  return createHash('sha256').update(canonicalText).digest('hex');
}

export interface StoredRequest {
  /** `fingerprintDigest` of the command's canonical text. */
  fingerprint: string;
  response: unknown;
}

/**
 * Results of applied commands by (principal, request id), stored in the command's own transaction:
 * a retry after a timeout, a reconnect or a crash finds the first result instead of acting twice.
 */
export class RequestLog {
  private readonly find: Stmt;
  private readonly insert: Stmt;
  private readonly prune: Stmt;

  constructor(db: Db) {
    this.find = db.prepare('SELECT fingerprint, response FROM requests WHERE principal = ? AND request_id = ?');
    this.insert = db.prepare(
      'INSERT INTO requests (principal, request_id, fingerprint, response, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.prune = db.prepare('DELETE FROM requests WHERE created_at < ?');
  }

  get(principal: string, requestId: string): StoredRequest | undefined {
    const row = this.find.get(principal, requestId) as { fingerprint: string; response: string } | undefined;
    return row ? { fingerprint: row.fingerprint, response: JSON.parse(row.response) } : undefined;
  }

  put(principal: string, requestId: string, fingerprint: string, response: unknown, at: number): void {
    this.insert.run(principal, requestId, fingerprint, JSON.stringify(response), at);
  }

  /** Forgets results older than `before`; clients retry within minutes, not days. */
  pruneBefore(before: number): number {
    return this.prune.run(before).changes;
  }
}
