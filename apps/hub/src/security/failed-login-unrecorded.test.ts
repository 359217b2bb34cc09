import { Writable } from 'node:stream';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { hallConfigSchema } from '@hall/protocol';
import { HallStore } from '@hall/store';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../create-hub.ts';
import { HALL_MORNING, ManualClock } from '../test-support/manual-clock.ts';
import { TEST_HALL } from '../test-support/test-hub.ts';

let hub: Hub;
let store: HallStore;
let dir: string;
afterEach(async () => {
  await hub.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('failed logins leave a trace', () => {
  it('audits and logs a failed login with the username (capped) and address, never the password', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hall-login-audit-'));
    store = new HallStore(join(dir, 'hall.db'));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    hub = createHub({
      store,
      hallConfig: hallConfigSchema.parse(TEST_HALL),
      clock: new ManualClock(HALL_MORNING),
      log: pino({ level: 'info' }, sink),
      webRoot: join(dir, 'web'),
      printDir: join(dir, 'print'),
    });
    await hub.accounts.ensureAdmin('admin-password-1');
    const longName = `admin${'x'.repeat(59)}`;
    for (const username of ['admin', longName]) {
      const r = await hub.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.3.0.1',
        payload: { username, password: 'secret-guess-42' },
      });
      expect(r.statusCode).toBe(401);
    }
    const failed = store.audit.recent(50).filter((e) => e.action === 'login.failed');
    expect(failed).toHaveLength(2);
    expect(failed.map((e) => e.detail).join('\n')).toContain('admin');
    expect(failed.every((e) => e.detail.includes('10.3.0.1'))).toBe(true);
    expect(failed.every((e) => !e.detail.includes(longName) && e.detail.length <= 120)).toBe(true);
    const warnings = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 40);
    expect(warnings.filter((w) => String(w.msg).includes('login failed'))).toHaveLength(2);
    expect(lines.join('')).not.toContain('secret-guess-42');
    expect(JSON.stringify(store.audit.recent(50))).not.toContain('secret-guess-42');
  });
});
