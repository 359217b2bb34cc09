import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, issue, rid, startTestHub, windowAction, type TestHub } from './test-support/test-hub.ts';

/**
 * The database on a full disk or gone read-only. A full disk is a real SQLITE_FULL: the file's page count is
 * capped with `max_page_count`, so SQLite runs out of room exactly as on a full filesystem. Read-only is
 * SQLite's own `query_only` switch, which refuses every write with SQLITE_READONLY as a read-only file would
 * (as root, chmod would not stop the hub writing, and CI cannot be asked to mount filesystems).
 */
describe('database full or read-only', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  const issueBody = () => ({ requestId: rid(), serviceId: 'med-card', lane: 'normal' });
  const dayTickets = () => t.store.tickets.forDay('2026-11-24');

  it('refuses new tickets with STORAGE_UNAVAILABLE when the disk is full, keeps running, and recovers', async () => {
    await issue(t, 'med-card');
    const pages = t.store.db.pragma('page_count', { simple: true }) as number;
    t.store.db.pragma(`max_page_count = ${pages}`);
    // Fill what room is left in the file's pages; then the next ticket no longer fits.
    let refused: Awaited<ReturnType<typeof api>> | undefined;
    let accepted = 1;
    for (let i = 0; i < 500 && !refused; i++) {
      const r = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: issueBody() });
      if (r.status === 201) accepted++;
      else refused = r;
      t.clock.advance(200);
    }
    expect(refused?.status).toBe(503);
    expect(refused?.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(refused?.body.message).toMatch(/disk|storage|database/i);

    // Nothing of the refused command was kept, in the database or in memory; the hub still answers.
    const lastEvent = t.store.events.lastId();
    expect(dayTickets()).toHaveLength(accepted);
    expect([...t.hub.hall.state.tickets.values()]).toHaveLength(accepted);
    expect((await api(t.url, '/healthz')).status).toBe(200);
    expect((await api(t.url, '/api/v1/queue', { token: t.tokens.kiosk })).status).toBe(200);
    const clerkOpen = await windowAction(t, t.tokens.clerk, 1, 'open');
    expect([200, 503]).toContain(clerkOpen.status);

    // Space returns: the next ticket gets the next number, without a gap.
    t.store.db.pragma('max_page_count = 1073741823');
    t.clock.advance(5_000);
    const next = await issue(t, 'med-card');
    expect(next.ticket.seq).toBe(accepted + 1);
    expect(t.store.events.lastId()).toBeGreaterThan(lastEvent);
  });

  it('refuses new tickets with STORAGE_UNAVAILABLE while the database is read-only, and recovers', async () => {
    await issue(t, 'med-card');
    const lastEvent = t.store.events.lastId();
    t.store.db.pragma('query_only = 1');
    const r = await api(t.url, '/api/v1/tickets', { token: t.tokens.kiosk, body: issueBody() });
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    const w = await windowAction(t, t.tokens.clerk, 1, 'open');
    expect(w.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(t.store.events.lastId()).toBe(lastEvent);
    expect(t.hub.hall.state.windows.get(1)?.state).toBe('closed');
    expect((await api(t.url, '/healthz')).status).toBe(200);

    t.store.db.pragma('query_only = 0');
    const next = await issue(t, 'med-card');
    expect(next.ticket.seq).toBe(2);
    expect((await windowAction(t, t.tokens.clerk, 1, 'open')).status).toBe(200);
  });
});
