import type { Accounts } from './auth/accounts.ts';

/**
 * Known demo credentials, documented in the README, so that the demo hall can be tried at once.
 * Seeded only when HALL_DEMO=1 and only into a database that has no clerks yet.
 */
export const DEMO_CREDENTIALS = {
  adminPassword: 'demo-admin-2026',
  clerks: [
    { username: 'clerk01', password: 'demo-clerk-2026', displayName: '王晓明', permissions: [] },
    { username: 'clerk02', password: 'demo-clerk-2026', displayName: '李静', permissions: [] },
    {
      username: 'lead01',
      password: 'demo-lead-2026',
      displayName: '赵主任',
      permissions: ['call-out-of-order' as const, 'supervise' as const],
    },
  ],
  /** The guidance desk (`/guide`). */
  guides: [{ username: 'guide01', password: 'demo-guide-2026', displayName: '陈引导' }],
  kioskToken: 'demo-kiosk-token-not-for-production',
  /** One rating tablet per window: `/rate/<n>` picks its token up in demo mode. */
  raterToken: (window: number) => `demo-rater-${window}-token-not-for-production`,
  displayToken: 'demo-display-token-not-for-production',
} as const;

/**
 * The tokens the demo hands to the web pages that need one (`/kiosk`, `/display`, `/rate/<n>`), so that
 * the demo works in a browser at once. Never set in a real hall: there an attendant sets each device up.
 */
export interface DemoDeviceTokens {
  kioskToken: string;
  kioskName: string;
  displayToken: string;
  raterToken: (window: number) => string;
}

export const DEMO_DEVICE_TOKENS: DemoDeviceTokens = {
  kioskToken: DEMO_CREDENTIALS.kioskToken,
  kioskName: '演示取号机 Demo kiosk',
  displayToken: DEMO_CREDENTIALS.displayToken,
  raterToken: DEMO_CREDENTIALS.raterToken,
};

/** What a demo database already holds: each kind of demo account is seeded only where it is missing. */
export interface DemoSeedState {
  hasClerks: boolean;
  hasRaters: boolean;
  hasGuides: boolean;
}

/**
 * What of the demo a database already holds. The demo clerks are looked for by username: a database with other
 * clerks only (a generated history, `pnpm history`) still gets them, or nobody could log in to its demo.
 */
export function demoSeedStateOf(
  staff: readonly { username: string }[],
  devices: readonly { role: string }[],
): DemoSeedState {
  const usernames = new Set(staff.map((s) => s.username));
  return {
    hasClerks: DEMO_CREDENTIALS.clerks.some((c) => usernames.has(c.username)),
    hasRaters: devices.some((d) => d.role === 'rater'),
    hasGuides: DEMO_CREDENTIALS.guides.some((g) => usernames.has(g.username)),
  };
}

export async function seedDemo(
  accounts: Accounts,
  existing: DemoSeedState,
  windows: readonly number[],
): Promise<boolean> {
  let seeded = false;
  if (!existing.hasClerks) {
    for (const c of DEMO_CREDENTIALS.clerks) {
      const r = await accounts.createStaff({ ...c, role: 'clerk', permissions: [...c.permissions] }, 'demo-seed');
      if (!r.ok) throw new Error(`demo seed: ${r.error.message}`);
    }
    accounts.createDevice({ role: 'kiosk', name: '演示取号机 Demo kiosk' }, 'demo-seed', DEMO_CREDENTIALS.kioskToken);
    const display = { role: 'display' as const, name: '演示叫号屏 Demo display' };
    accounts.createDevice(display, 'demo-seed', DEMO_CREDENTIALS.displayToken);
    seeded = true;
  }
  // The guidance desk came later still: a demo database from before gets its account too.
  if (!existing.hasGuides) {
    for (const g of DEMO_CREDENTIALS.guides) {
      const r = await accounts.createStaff({ ...g, role: 'guide', permissions: [] }, 'demo-seed');
      if (!r.ok) throw new Error(`demo seed: ${r.error.message}`);
    }
    seeded = true;
  }
  // Rating tablets came later than the rest: a demo database from before gets them too.
  if (!existing.hasRaters) {
    for (const window of windows) {
      const name = `演示评价器 ${window}号窗口 Demo rating tablet`;
      accounts.createDevice({ role: 'rater', name, window }, 'demo-seed', DEMO_CREDENTIALS.raterToken(window));
    }
    seeded = true;
  }
  return seeded;
}
