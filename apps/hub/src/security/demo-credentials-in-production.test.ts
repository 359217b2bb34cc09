import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HallStore } from '@hall/store';
import { afterEach, describe, expect, it } from 'vitest';
import { Accounts } from '../auth/accounts.ts';
import { demoLeftoverMessage, findDemoLeftovers } from '../demo-credentials-check.ts';
import { DEMO_CREDENTIALS, seedDemo } from '../demo-seed.ts';
import { HALL_MORNING, ManualClock } from '../test-support/manual-clock.ts';

const dirs: string[] = [];
const stores: HallStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function freshAccounts(): { store: HallStore; accounts: Accounts } {
  const dir = mkdtempSync(join(tmpdir(), 'hall-demo-leftovers-'));
  dirs.push(dir);
  const store = new HallStore(join(dir, 'hall.db'));
  stores.push(store);
  return { store, accounts: new Accounts(store, new ManualClock(HALL_MORNING)) };
}

/** What a hub started with HALL_DEMO=1 leaves in its database. */
async function demoDatabase() {
  const db = freshAccounts();
  await db.accounts.ensureAdmin(DEMO_CREDENTIALS.adminPassword);
  await seedDemo(db.accounts, { hasClerks: false, hasRaters: false, hasGuides: false }, [1, 2]);
  return db;
}

describe('a real hall started on a database the demo credentials still open', () => {
  it('finds the demo admin, the demo clerks and every published device token', async () => {
    const { store } = await demoDatabase();
    const found = await findDemoLeftovers(store);
    expect(found.filter((f) => f.kind === 'account').map((f) => f.username)).toEqual([
      'admin',
      'clerk01',
      'clerk02',
      'lead01',
      'guide01',
    ]);
    const deviceNames = found.flatMap((f) => (f.kind === 'device' ? [f.name] : []));
    expect(deviceNames).toHaveLength(4); // kiosk, display, a rating tablet at windows 1 and 2
    const message = demoLeftoverMessage(found);
    expect(message).toMatch(/refusing to start/);
    expect(message).toMatch(/HALL_DB/);
    expect(message).toContain('admin, clerk01, clerk02, lead01, guide01');
    // The message names the leftovers, never the passwords or tokens themselves.
    expect(message).not.toContain(DEMO_CREDENTIALS.adminPassword);
    expect(message).not.toContain(DEMO_CREDENTIALS.kioskToken);
  });

  it('lets go of what was fixed: new passwords, disabled accounts and revoked devices', async () => {
    const { store, accounts } = await demoDatabase();
    const admin = store.staff.findByUsername('admin');
    const clerk01 = store.staff.findByUsername('clerk01');
    const clerk02 = store.staff.findByUsername('clerk02');
    const lead01 = store.staff.findByUsername('lead01');
    const guide01 = store.staff.findByUsername('guide01');
    if (!admin || !clerk01 || !clerk02 || !lead01 || !guide01) throw new Error('the demo seed made no accounts');
    await accounts.recoverAdmin('a-new-admin-password-77');
    await accounts.resetPassword(clerk01.id, 'a-new-clerk-password-77', 'admin');
    accounts.disableStaff(clerk02.id, 'admin');
    await accounts.resetPassword(guide01.id, 'a-new-guide-password-77', 'admin');
    const stillOpen = await findDemoLeftovers(store);
    expect(stillOpen.flatMap((f) => (f.kind === 'account' ? [f.username] : []))).toEqual(['lead01']);

    accounts.disableStaff(lead01.id, 'admin');
    for (const d of store.devices.list()) accounts.revokeDevice(d.id, 'admin');
    expect(await findDemoLeftovers(store)).toEqual([]);
  });

  it('does not take a real clerk named like a demo one for a leftover', async () => {
    const { store, accounts } = freshAccounts();
    await accounts.ensureAdmin('the-real-admin-password-1');
    const clerk = { username: 'clerk01', password: 'the-real-clerk-password-1', permissions: [] };
    await accounts.createStaff({ ...clerk, role: 'clerk' }, 'admin');
    accounts.createDevice({ role: 'rater', name: 'tablet', window: 1 }, 'admin');
    expect(await findDemoLeftovers(store)).toEqual([]);
  });
});
