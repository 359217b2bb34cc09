import { readFile } from 'node:fs/promises';
import type { FastifyReply } from 'fastify';
import type { HubApp } from './http-types.ts';
import { API_DOCS_PATH } from './openapi.ts';

/** No page of the hub may be shown inside another site's frame (clickjacking a clerk or an admin). */
const NO_FRAMING = "frame-ancestors 'none'";

/** For JSON, files and errors: nothing in them may load or run anything, were a browser to render them. */
export const API_CSP = `default-src 'none'; ${NO_FRAMING}`;

/** The placeholder pages (ui not built): their own inline <style>, and data: images as the shared floor allows. */
export const PLACEHOLDER_CSP = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; ${NO_FRAMING}`;

/** swagger-ui at /api/docs: its own scripts and styles, served by the hub; no inline script, no eval. */
export const API_DOCS_CSP = `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; ${NO_FRAMING}`;

const META_CSP = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;
const CONTENT = /\scontent="([^"]*)"/i;
/** Vite writes the policy's quotes as `&#39;`: the header needs them as characters. */
const ENTITIES: Record<string, string> = { '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };

function unescapeAttribute(value: string): string {
  return value.replace(/&#39;|&#x27;|&quot;|&lt;|&gt;/gi, (e) => ENTITIES[e.toLowerCase()] ?? e).replace(/&amp;/g, '&');
}

/**
 * The policy a built page carries in its <meta> (the shared head, packages/web-ui/src/vite/html-head.js),
 * sent again as a header with frame-ancestors, which a <meta> cannot carry. A page without one gets the
 * shared floor's strictest part: same-origin scripts only.
 */
export async function pageCspOf(htmlFile: string): Promise<string> {
  const html = await readFile(htmlFile, 'utf8');
  const raw = CONTENT.exec(META_CSP.exec(html)?.[0] ?? '')?.[1];
  const policy = raw === undefined ? undefined : unescapeAttribute(raw);
  const base =
    policy?.trim().replace(/;\s*$/, '') || "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
  return `${base}; ${NO_FRAMING}`;
}

/** Sets the CSP of an HTML page served from `htmlFile` (see pageCspOf). Returns nothing: a reply is a thenable. */
export async function withPageCsp(reply: FastifyReply, htmlFile: string): Promise<void> {
  void reply.header('content-security-policy', await pageCspOf(htmlFile));
}

/**
 * Headers on every reply: no MIME sniffing, no referrer (a status page's URL holds the ticket code), no
 * framing (X-Frame-Options for old browsers, frame-ancestors for the rest), and a CSP: a page's own when its
 * route set one, the docs page's, or one that allows nothing.
 */
export function addSecurityHeaders(app: HubApp): void {
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.headers({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    if (!reply.hasHeader('content-security-policy')) {
      const docs = request.url === API_DOCS_PATH || request.url.startsWith(`${API_DOCS_PATH}/`);
      void reply.header('content-security-policy', docs ? API_DOCS_CSP : API_CSP);
    }
    return payload;
  });
}
