import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { issueTicketBodySchema } from '@hall/protocol';
import { fingerprintDigest } from '@hall/store';
import { afterEach, describe, expect, it } from 'vitest';
import { api, startTestHub, type TestHub } from '../test-support/test-hub.ts';

/**
 * A probe found a kiosk holder's whole name (`张三丰`) in `requests.fingerprint` days after the ticket:
 * the idempotency record kept each command's content as text. It keeps a SHA-256 now, and an upgraded
 * database has its old texts rewritten, while a retry still replays and a reused id is still refused.
 */

const NAME = '张三丰';
const hubs: TestHub[] = [];

afterEach(async () => {
  for (const h of hubs.splice(0).reverse()) {
    if (h.store.db.open) await h.stop();
    h.cleanup();
  }
});

function issueBody(requestId: string) {
  return { requestId, serviceId: 'med-card', holder: { name: NAME, phone: '138****5678' } };
}

/** The text the hub used to store as the fingerprint of a ticket issue (before migration 5). */
function legacyFingerprint(body: object): string {
  const parsed = issueTicketBodySchema.parse(body) as Record<string, unknown>;
  const entries = Object.entries(parsed)
    .filter(([k]) => k !== 'requestId')
    .sort(([a], [b]) => a.localeCompare(b));
  return `ticket:issue:${JSON.stringify(entries)}`;
}

function fileHolds(path: string, text: string): boolean {
  return readFileSync(path).includes(Buffer.from(text, 'utf8'));
}

describe('the idempotency record', () => {
  it('keeps a digest of the command, not the holder name it carried', async () => {
    const h = await startTestHub();
    hubs.push(h);
    const issued = await api(h.url, '/api/v1/tickets', { token: h.tokens.kiosk, body: issueBody('kiosk-name-1') });
    expect(issued.status).toBe(201);
    const rows = h.store.db.prepare('SELECT fingerprint FROM requests').all() as { fingerprint: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.fingerprint).toBe(fingerprintDigest(legacyFingerprint(issueBody('kiosk-name-1'))));

    // Same id, same content: the first ticket again. Same id, other content: refused as before.
    const replay = await api(h.url, '/api/v1/tickets', { token: h.tokens.kiosk, body: issueBody('kiosk-name-1') });
    expect(replay.body).toEqual(issued.body);
    const reused = await api(h.url, '/api/v1/tickets', {
      token: h.tokens.kiosk,
      body: { ...issueBody('kiosk-name-1'), serviceId: 'med-claim' },
    });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('REQUEST_ID_REUSED');

    await h.stop();
    expect(fileHolds(h.dbPath, NAME)).toBe(false);
  });

  it('rewrites the plaintext fingerprints of an older database, and retries across the upgrade still replay', async () => {
    const first = await startTestHub();
    hubs.push(first);
    const issued = await api(first.url, '/api/v1/tickets', {
      token: first.tokens.kiosk,
      body: issueBody('kiosk-upgrade-1'),
    });
    expect(issued.status).toBe(201);
    await first.stop();

    // Make the file what a schema-4 hub left: the command's text in the fingerprint.
    const old = new Database(first.dbPath);
    old.prepare('UPDATE requests SET fingerprint = ?').run(legacyFingerprint(issueBody('kiosk-upgrade-1')));
    // What migrations 7 (phone proofs), 8 (devices' last seen), 9 (report rollups), 10 (alerts), 11 (start-up
    // indexes) and 12 (desk prints) added did not exist at schema 4 either.
    old.exec(`DROP TABLE alerts; DROP TABLE phone_codes; DROP TABLE phone_proofs; DROP INDEX bookings_by_phone;
      ALTER TABLE bookings DROP COLUMN phone_key; ALTER TABLE bookings DROP COLUMN phone_tail_key;
      ALTER TABLE devices DROP COLUMN last_seen_at;
      DROP TABLE report_rollups; DROP TABLE report_month_rollups; DROP INDEX events_by_day;
      DROP INDEX tickets_by_queue_seq; DROP INDEX tickets_unfinished; DROP TABLE ticket_prints;`);
    old.pragma('user_version = 4');
    old.close();
    expect(fileHolds(first.dbPath, NAME)).toBe(true);

    const upgraded = await startTestHub({ dbPath: first.dbPath, clock: first.clock });
    hubs.push(upgraded);
    const rows = upgraded.store.db.prepare('SELECT fingerprint FROM requests').all() as { fingerprint: string }[];
    expect(rows.map((r) => r.fingerprint)).toEqual([
      fingerprintDigest(legacyFingerprint(issueBody('kiosk-upgrade-1'))),
    ]);

    const replay = await api(upgraded.url, '/api/v1/tickets', {
      token: first.tokens.kiosk,
      body: issueBody('kiosk-upgrade-1'),
    });
    expect(replay.body).toEqual(issued.body);
    const reused = await api(upgraded.url, '/api/v1/tickets', {
      token: first.tokens.kiosk,
      body: { ...issueBody('kiosk-upgrade-1'), serviceId: 'med-claim' },
    });
    expect(reused.body.code).toBe('REQUEST_ID_REUSED');

    await upgraded.stop();
    expect(fileHolds(first.dbPath, NAME)).toBe(false);
  });
});
