import type { HallStore } from '@hall/store';
import { hashToken, verifyPassword } from './auth/secrets.ts';
import { DEMO_CREDENTIALS } from './demo-seed.ts';

/** A published demo credential that still opens this database: an account or a device token. */
export type DemoLeftover = { kind: 'account'; username: string } | { kind: 'device'; id: string; name: string };

/**
 * The demo passwords and tokens are in the README, so anyone can log in with them. This finds those that
 * still work here: an enabled account whose stored hash verifies against its published password (a real
 * hall may well name a clerk `clerk01`; only the password gives it away), and every unrevoked device whose
 * token hash is a published token's hash.
 */
export async function findDemoLeftovers(store: HallStore): Promise<DemoLeftover[]> {
  const published = [
    { username: 'admin', password: DEMO_CREDENTIALS.adminPassword },
    ...[...DEMO_CREDENTIALS.clerks, ...DEMO_CREDENTIALS.guides].map((c) => ({
      username: c.username,
      password: c.password,
    })),
  ];
  const found: DemoLeftover[] = [];
  for (const { username, password } of published) {
    const staff = store.staff.findByUsername(username);
    if (staff && staff.disabledAt === null && (await verifyPassword(password, staff.passwordHash))) {
      found.push({ kind: 'account', username });
    }
  }
  // Rating tablets' tokens carry their window number: try the number of every window a device was set up for.
  const windows = new Set(store.devices.list().flatMap((d) => (d.window === null ? [] : [d.window])));
  const tokens = [
    DEMO_CREDENTIALS.kioskToken,
    DEMO_CREDENTIALS.displayToken,
    ...[...windows].map((w) => DEMO_CREDENTIALS.raterToken(w)),
  ];
  for (const token of tokens) {
    const device = store.devices.findActiveByTokenHash(hashToken(token));
    if (device) found.push({ kind: 'device', id: device.id, name: device.name });
  }
  return found;
}

/** What the hub says when it refuses to run a real hall on a database the demo credentials still open. */
export function demoLeftoverMessage(found: readonly DemoLeftover[]): string {
  const accounts = found.flatMap((f) => (f.kind === 'account' ? [f.username] : []));
  const devices = found.flatMap((f) => (f.kind === 'device' ? [`${f.id} "${f.name}"`] : []));
  return [
    'refusing to start: this database still accepts the published demo credentials, and HALL_DEMO is not set.',
    ...(accounts.length > 0 ? [`  accounts with their demo password: ${accounts.join(', ')}`] : []),
    ...(devices.length > 0 ? [`  devices with a demo token: ${devices.join(', ')}`] : []),
    'Fix: start the real hall on a fresh database (point HALL_DB at a new file, with HALL_ADMIN_PASSWORD for the',
    'first start). To keep this database instead, start it once more with HALL_DEMO=1, give every account listed',
    'a new password (or disable it) and revoke every device listed, then restart without HALL_DEMO.',
    'See docs/operations.md, "From the demo to the real hall".',
  ].join('\n');
}
