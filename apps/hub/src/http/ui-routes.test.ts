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

/** A built `book` UI in a temp web root; the other UIs are not built. */
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

  it('answers a preview that is not there with 404, and nothing outside the print folder', async () => {
    expect((await fetch(`${url}/print-previews/kiosk-1/none.png`)).status).toBe(404);
    expect((await rawGet(url, '/print-previews/..%2Fhall.db')).status).toBe(404);
    expect((await rawGet(url, '/print-previews/../hall.db')).status).toBe(404);
  });
});
