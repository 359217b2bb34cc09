import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub.ts';

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: unknown[];
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

/**
 * The API routes of the running hub, as registered with Fastify: every route but the pages (UIs, citizens'
 * pages, the docs themselves), which say `hide`; a route added without any schema counts as an API route.
 */
function apiRoutes(t: TestHub) {
  return t.hub.app.registeredRoutes.filter((r) => r.method !== 'HEAD' && r.schema?.hide !== true);
}

/** "METHOD /path" with `{param}`s. */
function apiRoutesOf(t: TestHub): string[] {
  return apiRoutes(t).map((r) => `${r.method} ${r.url.replace(/:(\w+)(\([^)]*\))?/g, '{$1}')}`);
}

/** POST routes whose body is ignored (they act on the path alone). */
const BODILESS = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/staff/{id}/disable',
  'POST /api/v1/bookings/{code}/cancel',
  // The phone proof comes as a header (X-Phone-Proof).
  'POST /api/v1/public/bookings/{code}/cancel',
]);

describe('the OpenAPI document', () => {
  let t: TestHub;
  let doc: Document;
  beforeAll(async () => {
    t = await startTestHub();
    const res = await fetch(`${t.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as Document;
  });
  afterAll(async () => {
    await t.stop();
    t.cleanup();
  });

  it('is OpenAPI 3.1 and lists every API route the hub serves', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = apiRoutesOf(t);
    expect(served.length).toBeGreaterThan(40);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('describes the path parameters and body of every route that has them', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const described = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(described, `${method} ${path}`).toEqual(params);
        if ((method === 'post' || method === 'put') && !BODILESS.has(`POST ${path}`)) {
          expect(op.requestBody, `${method} ${path}`).toBeDefined();
        }
      }
    }
  });

  it('has a schema for every API route: path parameters, query strings and bodies are checked', () => {
    for (const r of apiRoutes(t)) {
      const name = `${r.method} ${r.url}`;
      expect(r.schema, name).toBeDefined();
      if (r.url.includes('/:')) expect(r.schema?.params, name).toBeDefined();
      const path = r.url.replace(/:(\w+)(\([^)]*\))?/g, '{$1}');
      if ((r.method === 'POST' || r.method === 'PUT') && !BODILESS.has(`POST ${path}`)) {
        expect(r.schema?.body, name).toBeDefined();
      }
    }
  });

  it('describes the success reply of every API route', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const codes = Object.keys(op.responses ?? {});
        expect(
          codes.filter((c) => c.startsWith('2')),
          `${method} ${path}`,
        ).not.toEqual([]);
      }
    }
  });

  it('marks the routes that need a token', () => {
    expect(doc.paths['/api/v1/staff']?.post?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/auth/login']?.post?.security).toBeUndefined();
  });

  it('serves a browsable page with its own files (no CDN)', async () => {
    const page = await fetch(`${t.url}/api/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    expect((await fetch(`${t.url}/api/docs/static/swagger-ui-bundle.js`)).status).toBe(200);
  });
});
