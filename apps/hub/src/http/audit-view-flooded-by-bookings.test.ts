import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, startTestHub, type TestHub } from '../test-support/test-hub.ts';

interface Entry {
  id: number;
  actor: string;
  action: string;
  at: number;
}

/** The attack: anonymous bookings push an admin's acts out of the audit view before anyone reads it. */
describe('the audit view flooded by anonymous bookings', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
    await t.hub.accounts.createStaff(
      { username: 'newclerk', password: 'clerk-password-2', role: 'clerk', permissions: [] },
      'admin-x',
    );
    for (let i = 0; i < 300; i++) t.store.audit.append(t.clock.now() + i, 'public', 'booking.created', `B${i}`);
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  const audit = async (query: string) => {
    const r = await api(t.url, `/api/v1/audit${query}`, { token: t.tokens.admin });
    return { status: r.status, entries: r.body as unknown as Entry[], code: r.body.code };
  };

  it('still finds the admin act by action or by actor', async () => {
    const byAction = await audit('?action=staff.created');
    expect(byAction.status).toBe(200);
    expect(byAction.entries.map((e) => e.actor)).toContain('admin-x');
    expect(byAction.entries.every((e) => e.action === 'staff.created')).toBe(true);
    const byActor = await audit('?actor=admin-x');
    expect(byActor.entries.map((e) => e.action)).toEqual(['staff.created']);
  });

  it('pages back with a `before` cursor, newest first, and filters by time', async () => {
    const first = await audit('?limit=50');
    expect(first.entries).toHaveLength(50);
    const last = first.entries.at(-1)?.id ?? 0;
    const next = await audit(`?limit=50&before=${last}`);
    expect(next.entries).toHaveLength(50);
    expect(next.entries[0]?.id).toBeLessThan(last);
    const all: Entry[] = [];
    let before = '';
    for (;;) {
      const page = await audit(`?limit=200${before}`);
      all.push(...page.entries);
      if (page.entries.length < 200) break;
      before = `&before=${page.entries.at(-1)?.id}`;
    }
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.some((e) => e.action === 'staff.created')).toBe(true);
    const since = t.clock.now() + 290;
    const recent = await audit(`?since=${since}`);
    expect(recent.entries).toHaveLength(10);
    expect(recent.entries.every((e) => e.at >= since)).toBe(true);
  });

  it('refuses a limit over 200 and malformed filters', async () => {
    for (const q of [
      '?limit=201',
      '?limit=0',
      '?before=-1',
      '?since=soon',
      '?action=%3Cscript%3E',
      `?actor=${'a'.repeat(61)}`,
    ]) {
      const r = await audit(q);
      expect([q, r.status, r.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
    }
  });
});
