import type { Db, Stmt } from './database.ts';

/** A one-time code waiting for its phone's owner to type it. */
export interface StoredPhoneCode {
  codeHash: string;
  sentAt: number;
  expiresAt: number;
  triesLeft: number;
}

/**
 * One-time codes (one per phone, the latest) and the proofs they were traded for. Phones appear only as
 * keyed hashes, codes and proof tokens only as hashes: the file alone gives none of them away.
 */
export class PhoneProofTable {
  private readonly putCode: Stmt;
  private readonly getCode: Stmt;
  private readonly spend: Stmt;
  private readonly dropCode: Stmt;
  private readonly putProof: Stmt;
  private readonly getProof: Stmt;
  private readonly expireCodes: Stmt;
  private readonly expireProofs: Stmt;

  constructor(db: Db) {
    this.putCode = db.prepare(`INSERT INTO phone_codes (phone_key, code_hash, sent_at, expires_at, tries_left)
      VALUES (@phoneKey, @codeHash, @sentAt, @expiresAt, @triesLeft)
      ON CONFLICT (phone_key) DO UPDATE SET code_hash = excluded.code_hash, sent_at = excluded.sent_at,
        expires_at = excluded.expires_at, tries_left = excluded.tries_left`);
    this.getCode = db.prepare(
      'SELECT code_hash AS codeHash, sent_at AS sentAt, expires_at AS expiresAt, tries_left AS triesLeft FROM phone_codes WHERE phone_key = ?',
    );
    this.spend = db.prepare('UPDATE phone_codes SET tries_left = tries_left - 1 WHERE phone_key = ?');
    this.dropCode = db.prepare('DELETE FROM phone_codes WHERE phone_key = ?');
    this.putProof = db.prepare('INSERT INTO phone_proofs (token_hash, phone_key, expires_at) VALUES (?, ?, ?)');
    this.getProof = db.prepare(
      'SELECT phone_key AS phoneKey FROM phone_proofs WHERE token_hash = ? AND expires_at > ?',
    );
    this.expireCodes = db.prepare('DELETE FROM phone_codes WHERE expires_at <= ? OR tries_left <= 0');
    this.expireProofs = db.prepare('DELETE FROM phone_proofs WHERE expires_at <= ?');
  }

  saveCode(phoneKey: string, code: StoredPhoneCode): void {
    this.putCode.run({ phoneKey, ...code });
  }

  code(phoneKey: string): StoredPhoneCode | undefined {
    return this.getCode.get(phoneKey) as StoredPhoneCode | undefined;
  }

  /** One wrong try spent. */
  spendTry(phoneKey: string): void {
    this.spend.run(phoneKey);
  }

  /** A code is used once: gone after a right try, and void once its tries are spent. */
  forgetCode(phoneKey: string): void {
    this.dropCode.run(phoneKey);
  }

  saveProof(tokenHash: string, phoneKey: string, expiresAt: number): void {
    this.putProof.run(tokenHash, phoneKey, expiresAt);
  }

  /** The phone key a proof stands for, while it is valid. */
  phoneKeyOf(tokenHash: string, now: number): string | undefined {
    return (this.getProof.get(tokenHash, now) as { phoneKey: string } | undefined)?.phoneKey;
  }

  /** Drops spent and expired codes and proofs. */
  forgetExpired(now: number): void {
    this.expireCodes.run(now);
    this.expireProofs.run(now);
  }
}
