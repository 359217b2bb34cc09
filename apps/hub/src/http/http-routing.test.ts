import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

describe('HTTP routing: methods, preflight, CORS', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub();
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('answers a wrong method on a known path with 405 and the methods it has', async () => {
    const res = await fetch(`${t.url}/api/v1/notices`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, PUT');
    expect(await res.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    const withParam = await fetch(`${t.url}/api/v1/devices/dev-1`, { method: 'GET' });
    expect(withParam.status).toBe(405);
    expect(withParam.headers.get('allow')).toBe('DELETE');
  });

  it('still answers an unknown path with 404 NOT_FOUND, and no CORS header (none by default, issue 13)', async () => {
    const res = await fetch(`${t.url}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers no preflight by default (issue 13: CORS only for listed portals, on the public routes)', async () => {
    for (const path of ['/api/v1/tickets', '/api/v1/nothing-here']) {
      const res = await fetch(t.url + path, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example' } });
      expect(res.status).not.toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-methods')).toBeNull();
      expect(res.headers.get('access-control-allow-headers')).toBeNull();
    }
  });

  it('refuses a body over 64 KiB with BAD_REQUEST and keeps serving', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x'.repeat(70_000), password: 'y' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST' });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('sends no-store on API answers and redirects / to the wall display', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.headers.get('cache-control')).toBe('no-store');
    const root = await fetch(`${t.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/display');
  });
});
