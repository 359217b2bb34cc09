import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { makeTempDir, startHub, type HubProcess } from './harness/hub-process.ts';

const dir = makeTempDir('hall-demo-to-prod-');
const dbPath = join(dir, 'hall.db');
let hub: HubProcess | undefined;

afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a hub started without HALL_DEMO on a demo database refuses to start, naming the demo accounts and the fix', async () => {
  // The demo seeds admin/demo-admin-2026, the demo clerks and the published device tokens.
  hub = await startHub({ dbPath });
  expect(await hub.stop({ keepFiles: true })).toBe(0);
  hub = undefined;

  const real = startHub({
    dbPath,
    env: { HALL_DEMO: '0', HALL_ADMIN_PASSWORD: 'e2e-real-admin-password-2026' },
  });
  // startHub fails with the exit code and the hub's last words when the hub stops before it is ready.
  const refusal = await real.then(
    (started) => {
      hub = started;
      return 'it started';
    },
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
  expect(refusal).toMatch(/exited with code 1/);
  expect(refusal).toMatch(/refusing to start: this database still accepts the published demo credentials/);
  expect(refusal).toContain('admin, clerk01, clerk02, lead01');
  expect(refusal).toMatch(/devices with a demo token: .*Demo kiosk/);
  expect(refusal).toMatch(/Fix: start the real hall on a fresh database/);
  // The admin password it was given was not used, and the log says why.
  expect(refusal).toMatch(/HALL_ADMIN_PASSWORD is ignored: the admin account already exists/);
});
