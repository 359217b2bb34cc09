import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hallConfigSchema } from '@hall/protocol';
import { HallStore } from '@hall/store';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../create-hub.ts';
import { ManualClock, HALL_MORNING } from '../test-support/manual-clock.ts';
import { TEST_HALL } from '../test-support/test-hub.ts';

function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    get({ hostname: u.hostname, port: u.port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/** A built `book` UI and citizen app in a temp web root; the other UIs are not built. */
describe('serving the UIs', () => {
  let dir: string;
  let hub: Hub;
  let store: HallStore;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hall-ui-'));
    const dist = join(dir, 'web', 'book', 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>book</title>');
    writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, 'web', 'secret.txt'), 'outside the build');
    const citizen = join(dir, 'web', 'citizen', 'dist');
    mkdirSync(join(citizen, 'assets'), { recursive: true });
    writeFileSync(join(citizen, 'status.html'), '<!doctype html><title>status page</title>');
    writeFileSync(join(citizen, 'rate.html'), '<!doctype html><title>rating tablet</title>');
    writeFileSync(join(citizen, 'assets', 'status-9f8e7d.js'), 'console.log(2);');
    store = new HallStore(join(dir, 'hall.db'));
    hub = createHub({
      store,
      hallConfig: hallConfigSchema.parse(TEST_HALL),
      clock: new ManualClock(HALL_MORNING),
      log: pino({ level: 'silent' }),
      webRoot: join(dir, 'web'),
      printDir: join(dir, 'print'),
    });
    url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await hub.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('caches hashed assets for good and revalidates index.html, with ETags', async () => {
    const asset = await fetch(`${url}/book/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    const etag = asset.headers.get('etag');
    expect(etag).toBeTruthy();
    // fetch adds `cache-control: no-cache` to a conditional request unless one is given (a browser's revalidation).
    const again = await fetch(`${url}/book/assets/app-1a2b3c.js`, {
      headers: { 'if-none-match': etag ?? '', 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    const index = await fetch(`${url}/book`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('etag')).toBeTruthy();
    expect(await index.text()).toContain('<title>book</title>');
  });

  it('falls back to index.html for client routes and never leaves the build folder', async () => {
    // Sent as written: fetch would resolve the dots itself.
    for (const path of ['/book/my/booking/ABCD', '/book/..%2Fsecret.txt', '/book/../secret.txt']) {
      const res = await rawGet(url, path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toContain('<title>book</title>');
    }
    // A path that is not valid percent-encoding is a bad request, not a crash.
    const broken = await rawGet(url, '/book/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('shows the placeholder for a UI that is not built', async () => {
    const res = await fetch(`${url}/admin/anything`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-placeholder="true"');
  });

  it('serves the citizen pages for a code and a configured window, never cached, and their assets for good', async () => {
    const status = await fetch(`${url}/t/ABCDEFGHJK`);
    expect(status.status).toBe(200);
    expect(status.headers.get('cache-control')).toBe('no-store');
    expect(status.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await status.text()).toContain('<title>status page</title>');
    const rate = await fetch(`${url}/rate/1`);
    expect(rate.headers.get('cache-control')).toBe('no-store');
    expect(await rate.text()).toContain('<title>rating tablet</title>');
    const unknown = await fetch(`${url}/rate/99`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_WINDOW' });

    const asset = await fetch(`${url}/citizen/assets/status-9f8e7d.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('etag')).toBeTruthy();
    // An asset path is not a page: no fallback to a page, nothing outside the assets folder.
    for (const path of [
      '/citizen/assets/none.js',
      '/citizen/assets/..%2Fstatus.html',
      '/citizen/assets/../../secret.txt',
      '/citizen/status.html',
      '/t/assets/x.js',
    ]) {
      expect((await rawGet(url, path)).status, path).toBe(404);
    }
  });

  it('answers a preview that is not there with 404, and nothing outside the print folder', async () => {
    expect((await fetch(`${url}/print-previews/kiosk-1/none.png`)).status).toBe(404);
    expect((await rawGet(url, '/print-previews/..%2Fhall.db')).status).toBe(404);
    expect((await rawGet(url, '/print-previews/../hall.db')).status).toBe(404);
  });
});
