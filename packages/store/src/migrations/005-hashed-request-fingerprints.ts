import type { Db } from '../database.ts';
import { fingerprintDigest } from '../request-log.ts';

const DIGEST = /^[0-9a-f]{64}$/;

/**
 * The request log kept each command's content as text (`ticket:[["holder",{"name":"张三"…`), so a kiosk
 * holder's name stayed in the database for days. Each stored text becomes its SHA-256, the digest the
 * hub now computes for a retry: a retry across the upgrade still replays, or is refused if its content
 * differs. `secure_delete` zeroes the bytes the old texts leave behind in the file's pages.
 */
export const migration005 = {
  version: 5,
  name: 'hashed request fingerprints',
  sql: '',
  upgrade(db: Db): void {
    const wasSecure = db.pragma('secure_delete', { simple: true }) as number;
    db.pragma('secure_delete = ON');
    const rows = db.prepare('SELECT principal, request_id, fingerprint FROM requests').all() as {
      principal: string;
      request_id: string;
      fingerprint: string;
    }[];
    const rewrite = db.prepare('UPDATE requests SET fingerprint = ? WHERE principal = ? AND request_id = ?');
    for (const row of rows) {
      if (DIGEST.test(row.fingerprint)) continue;
      rewrite.run(fingerprintDigest(row.fingerprint), row.principal, row.request_id);
    }
    db.pragma(`secure_delete = ${wasSecure ? 'ON' : 'OFF'}`);
  },
};
