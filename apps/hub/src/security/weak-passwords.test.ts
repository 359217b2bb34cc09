import { afterEach, describe, expect, it } from 'vitest';
import { passwordProblem } from '../auth/password-policy.ts';
import { DEMO_CREDENTIALS } from '../demo-seed.ts';
import { api, startTestHub, type TestHub } from '../test-support/test-hub.ts';

let t: TestHub;
afterEach(async () => {
  await t.stop();
  t.cleanup();
});

describe('weak passwords for new and changed accounts', () => {
  it('refuses a sequence, a common password and the username, naming the rule, on create, reset and change', async () => {
    t = await startTestHub();
    const create = (username: string, password: string) =>
      api(t.url, '/api/v1/staff', {
        token: t.tokens.admin,
        body: { username, password, role: 'clerk', permissions: [] },
      });
    const refused: [string, string, RegExp][] = [
      ['clerk7', '1234567890', /sequence/],
      ['clerk7', '0987654321', /sequence/],
      ['clerk7', 'aaaaaaaaaaaa', /sequence/],
      ['clerk7', 'password123', /common/],
      ['clerk7', 'Qwertyuiop!', /common/],
      ['clerk7', 'iloveyou2026', /common/],
      ['zhangwei88', 'zhangwei88', /username/],
      ['zhangwei88', 'Zhangwei88!!', /username/],
    ];
    for (const [username, password, rule] of refused) {
      const r = await create(username, password);
      expect(r.status, password).toBe(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      expect(r.body.message).toMatch(rule);
    }
    const made = await create('clerk7', 'tea-kettle-river-9');
    expect(made.status).toBe(201);
    const id = String(made.body.id);

    const reset = await api(t.url, `/api/v1/staff/${id}/password`, {
      token: t.tokens.admin,
      body: { password: '1111111111' },
    });
    expect(reset.status).toBe(400);
    expect(reset.body.code).toBe('VALIDATION_FAILED');

    const change = await api(t.url, '/api/v1/auth/password', {
      token: t.tokens.clerk,
      body: { currentPassword: 'clerk-password-1', newPassword: 'clerk1clerk1' },
    });
    expect(change.status).toBe(400);
    expect(change.body.message).toMatch(/username/);
    // The refused change left the old password working.
    const login = await api(t.url, '/api/v1/auth/login', {
      body: { username: 'clerk1', password: 'clerk-password-1' },
    });
    expect(login.status).toBe(200);
  });
});

describe('the password policy', () => {
  it('lets the demo seed and random passwords through', () => {
    expect(passwordProblem(DEMO_CREDENTIALS.adminPassword, 'admin')).toBeUndefined();
    for (const c of DEMO_CREDENTIALS.clerks) expect(passwordProblem(c.password, c.username)).toBeUndefined();
    for (const p of ['k#7$9!2@4%1^', 'Ztq8-wbn3-pLx7', 'tea-kettle-river-9'])
      expect(passwordProblem(p, 'admin')).toBeUndefined();
  });
});
