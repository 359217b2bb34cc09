import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

const PORTAL = 'https://portal.gov.example';
const HOSTILE = 'https://booking-bot.example';

function preflight(t: TestHub, path: string, origin: string): Promise<Response> {
  return fetch(t.url + path, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

describe('CORS: no web site books from its visitors’ browsers unless the hall lists it', () => {
  let t: TestHub | undefined;
  afterEach(async () => {
    await t?.stop();
    t?.cleanup();
  });

  it('allows no origin by default: no allow-origin header on any reply, no preflight answered', async () => {
    t = await startTestHub();
    const options = await fetch(`${t.url}/api/v1/public/booking-options`, { headers: { origin: HOSTILE } });
    expect(options.status).toBe(200);
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(t, '/api/v1/public/bookings', HOSTILE);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('echoes a listed portal origin on the public routes only, and refuses any other origin', async () => {
    t = await startTestHub({ corsOrigins: [PORTAL] });
    const listed = await fetch(`${t.url}/api/v1/public/booking-options`, { headers: { origin: PORTAL } });
    expect(listed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(listed.headers.get('vary')).toMatch(/\borigin\b/i);
    const pre = await preflight(t, '/api/v1/public/bookings', PORTAL);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');

    const hostile = await fetch(`${t.url}/api/v1/public/booking-options`, { headers: { origin: HOSTILE } });
    expect(hostile.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await preflight(t, '/api/v1/public/bookings', HOSTILE)).headers.get('access-control-allow-origin'),
    ).toBeNull();

    // Staff and login routes stay same-origin even for the portal.
    const login = await preflight(t, '/api/v1/auth/login', PORTAL);
    expect(login.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${t.url}/healthz`, { headers: { origin: PORTAL } });
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });
});
