import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

const PAGE_CSP =
  "default-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** A built page as the shared head writes it (packages/web-ui/src/vite/html-head.js; Vite escapes the quotes). */
const builtPage = (title: string) => `<!doctype html>
<html lang="zh-Hans"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP.replaceAll("'", '&#39;')}">
<title>${title}</title><script type="module" crossorigin src="/${title}/assets/index-abc.js"></script></head>
<body><div id="root"></div></body></html>`;

function expectBaseHeaders(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

describe('security headers: no page can be framed, sniffed or leak its address as a referrer', () => {
  let t: TestHub;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'hall-web-'));
    mkdirSync(join(webRoot, 'counter', 'dist'), { recursive: true });
    writeFileSync(join(webRoot, 'counter', 'dist', 'index.html'), builtPage('counter'));
    mkdirSync(join(webRoot, 'citizen', 'dist'), { recursive: true });
    writeFileSync(join(webRoot, 'citizen', 'dist', 'status.html'), builtPage('status'));
    t = await startTestHub({ webRoot });
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a UI page the policy its own <meta> carries, plus frame-ancestors', async () => {
    const res = await fetch(`${t.url}/counter/`);
    expect(res.status).toBe(200);
    expectBaseHeaders(res);
    expect(res.headers.get('content-security-policy')).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
  });

  it('sends the phone status page /t/<code> the same', async () => {
    const res = await fetch(`${t.url}/t/ABC123`);
    expect(res.status).toBe(200);
    expectBaseHeaders(res);
    expect(res.headers.get('content-security-policy')).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
  });

  it('locks a page without a build (the placeholder) to its inline style', async () => {
    const res = await fetch(`${t.url}/kiosk/`);
    expectBaseHeaders(res);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('sends API replies and errors the headers and a policy that allows nothing', async () => {
    for (const path of ['/healthz', '/api/v1/nothing-here', '/api/v1/notices']) {
      const res = await fetch(t.url + path);
      expectBaseHeaders(res);
      expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    }
  });

  it('gives the API docs page a policy that runs its own scripts only', async () => {
    const res = await fetch(`${t.url}/api/docs/`);
    expectBaseHeaders(res);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
