import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

/**
 * The attack: a script asks for the generated API document (hundreds of kB of JSON) or the docs page's
 * files in a loop from one address. Every other route answers such a loop with 429 after a burst; these
 * answered every request.
 */
describe('flooding the API document and its page', () => {
  let t: TestHub;
  beforeEach(async () => {
    t = await startTestHub();
  });
  afterEach(async () => {
    await t.stop();
    t.cleanup();
  });

  async function statuses(path: string, n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await fetch(t.url + path);
      await res.arrayBuffer();
      out.push(res.status);
    }
    return out;
  }

  it('is cut to the per-address rate like every other route', async () => {
    // The per-address bucket holds a burst of 60; the test hub's clock stands still, so it never refills.
    for (const path of ['/api/openapi.json', '/api/docs/json', '/api/docs/static/swagger-ui.css']) {
      const seen = await statuses(path, 70);
      expect(seen[0]).toBe(200);
      expect(seen).toContain(429);
      t.clock.advance(10_000); // the bucket refills before the next path
    }
  });
});
