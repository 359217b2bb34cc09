import { HubRequestError } from '@hall/hub-client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { displayApi, fetchDemoToken, fetchNotices } from './api.ts';

const answer = (status: number, body: string) => async () =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the demo token', () => {
  test('a demo hub hands it out', async () => {
    vi.stubGlobal('fetch', vi.fn(answer(200, '{"token":"demo-display-token-not-for-production"}')));
    await expect(fetchDemoToken()).resolves.toBe('demo-display-token-not-for-production');
  });

  test('a real hall (404), a hub without the route (the page itself) or an empty token: none, set up by hand', async () => {
    vi.stubGlobal('fetch', vi.fn(answer(404, '{"code":"NOT_FOUND","message":"no such route"}')));
    await expect(fetchDemoToken()).resolves.toBeNull();
    vi.stubGlobal('fetch', vi.fn(answer(200, '<!doctype html><html></html>')));
    await expect(fetchDemoToken()).resolves.toBeNull();
    vi.stubGlobal('fetch', vi.fn(answer(200, '{"token":""}')));
    await expect(fetchDemoToken()).resolves.toBeNull();
  });

  test('a hub away or failing is retried by the caller: the read rejects', async () => {
    vi.stubGlobal('fetch', vi.fn(answer(503, '{"code":"STORAGE_UNAVAILABLE","message":"disk"}')));
    await expect(fetchDemoToken()).rejects.toBeInstanceOf(HubRequestError);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    await expect(fetchDemoToken()).rejects.toMatchObject({ code: 'NO_ANSWER' });
  });
});

describe('the notices', () => {
  test('a hub without the notices route (404) gives none; other failures reject', async () => {
    vi.stubGlobal('fetch', vi.fn(answer(404, '{"code":"NOT_FOUND","message":"no such route"}')));
    await expect(fetchNotices(displayApi('t'))).resolves.toBeNull();
    vi.stubGlobal('fetch', vi.fn(answer(401, '{"code":"UNAUTHENTICATED","message":"token"}')));
    await expect(fetchNotices(displayApi('t'))).rejects.toMatchObject({ unauthenticated: true });
  });

  test('the list is read through the protocol schema', async () => {
    const text = { 'zh-Hans': '午间不休', 'zh-Hant': '午間不休', en: 'Open at noon' };
    vi.stubGlobal('fetch', vi.fn(answer(200, JSON.stringify({ notices: [{ id: 'n1', text, until: null }] }))));
    // A notice without `from` (a hub from before notices had a start) is shown at once.
    await expect(fetchNotices(displayApi('t'))).resolves.toEqual([{ id: 'n1', text, from: null, until: null }]);
    const later = { id: 'n2', text, from: 5_000, until: 9_000 };
    vi.stubGlobal('fetch', vi.fn(answer(200, JSON.stringify({ notices: [later] }))));
    await expect(fetchNotices(displayApi('t'))).resolves.toEqual([later]);
    vi.stubGlobal('fetch', vi.fn(answer(200, JSON.stringify({ notices: [{ id: 'n1', text: 'bad', until: null }] }))));
    await expect(fetchNotices(displayApi('t'))).rejects.toMatchObject({ code: 'BAD_REPLY' });
  });
});
