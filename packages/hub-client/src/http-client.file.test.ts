import { expect, test } from 'vitest';
import { createHubClient } from './http-client.ts';
import { HubRequestError } from './hub-request-error.ts';

/** A fetch that answers every request with `reply` and keeps what was asked. */
function fakeFetch(reply: () => Response) {
  const asked: { url: string; headers: Record<string, string> }[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    asked.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
    return Promise.resolve(reply());
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

test('a file comes with the bearer token, its bytes and the name from Content-Disposition', async () => {
  const bytes = '\uFEFF日期,取号\r\n2026-11-24,12\r\n';
  const f = fakeFetch(
    () =>
      new Response(bytes, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="report.csv"; filename*=UTF-8''${encodeURIComponent('报表.csv')}`,
        },
      }),
  );
  const client = createHubClient({ baseUrl: 'http://hub', token: 'secret', fetch: f.fetch });
  const file = await client.fetchFile('/api/v1/reports/summary?format=csv');
  expect(f.asked[0]?.url).toBe('http://hub/api/v1/reports/summary?format=csv');
  expect(f.asked[0]?.headers.authorization).toBe('Bearer secret');
  expect(file.fileName).toBe('报表.csv');
  // The byte-order mark stays: Excel needs it to read the Chinese as UTF-8.
  expect(new Uint8Array(await file.blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
});

test("a refusal is the hub's error, not a file", async () => {
  const f = fakeFetch(
    () =>
      new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'supervisors only' }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      }),
  );
  const err = await createHubClient({ baseUrl: '', token: 't', fetch: f.fetch })
    .fetchFile('/x')
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(HubRequestError);
  expect(err).toMatchObject({ status: 403, code: 'FORBIDDEN', hubMessage: 'supervisors only' });
});

test('no answer is NO_ANSWER', async () => {
  const client = createHubClient({
    baseUrl: '',
    fetch: (() => Promise.reject(new TypeError('connection refused'))) as typeof fetch,
  });
  await expect(client.fetchFile('/x')).rejects.toMatchObject({ code: 'NO_ANSWER', kind: 'network' });
});
