// @ts-check
/**
 * The head every hall page shares, written once instead of copied into each app's index.html: the
 * charset, the viewport (zoom is never blocked: WCAG 1.4.4), the colour scheme, the phone bar's colour,
 * the Content-Security-Policy and an empty favicon (no request for /favicon.ico the hub would 404).
 * With them, first in <body>, the page's root element (`<div id="root">`, where every app's main.tsx
 * renders). An app's index.html keeps only what is its own: `<html lang>`, `<title>` and its entry script.
 *
 * The CSP is one floor for all (same-origin scripts only, no plugins, no <base>, no form posts); an app
 * adds the sources it needs per directive: the counter and the display reach a hub on another origin
 * (`connect-src http: https: ws: wss:`), the display plays clips (`media-src`). A meta CSP cannot carry
 * `frame-ancestors`: the hub's headers do that.
 */

/** The CSP every hall page starts from, directive by directive. */
export const CSP_FLOOR = Object.freeze({
  'default-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});

/** @type {import('./html-head.d.ts').hallCsp} */
export function hallCsp(extra = {}) {
  /** @type {Map<string, string[]>} */
  const policy = new Map(Object.entries(CSP_FLOOR).map(([name, sources]) => [name, [...sources]]));
  for (const [name, sources] of Object.entries(extra)) {
    if (!/^[a-z-]+$/.test(name)) throw new Error(`not a CSP directive: ${name}`);
    const list = policy.get(name) ?? [];
    for (const source of sources ?? []) {
      if (/[\s;,]/.test(source)) throw new Error(`not one CSP source: ${JSON.stringify(source)}`);
      if (!list.includes(source)) list.push(source);
    }
    policy.set(name, list);
  }
  return [...policy].map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** What an index.html must no longer write itself once the shared head supplies it. */
const SUPPLIED = [
  { what: '<meta charset>', pattern: /<meta\s[^>]*charset/i },
  { what: '<meta name="viewport">', pattern: /<meta\s[^>]*name=["']?viewport/i },
  { what: '<meta name="color-scheme">', pattern: /<meta\s[^>]*name=["']?color-scheme/i },
  { what: '<meta name="theme-color">', pattern: /<meta\s[^>]*name=["']?theme-color/i },
  { what: 'the CSP <meta>', pattern: /<meta\s[^>]*http-equiv=["']?content-security-policy/i },
  { what: '<link rel="icon">', pattern: /<link\s[^>]*rel=["']?icon/i },
  { what: '<div id="root">', pattern: /<[a-z]+\s[^>]*id=["']?root["'\s>]/i },
];

/** @type {import('./html-head.d.ts').hallHeadTags} */
export function hallHeadTags({ colorScheme = 'light', themeColor, viewport, csp } = {}) {
  /** @type {(tag: string, attrs: Record<string, string>) => import('vite').HtmlTagDescriptor} */
  const head = (tag, attrs) => ({ tag, attrs, injectTo: 'head-prepend' });
  return [
    head('meta', { charset: 'UTF-8' }),
    head('meta', {
      name: 'viewport',
      content: ['width=device-width, initial-scale=1', viewport].filter(Boolean).join(', '),
    }),
    head('meta', { name: 'color-scheme', content: colorScheme }),
    ...(themeColor ? [head('meta', { name: 'theme-color', content: themeColor })] : []),
    head('meta', { 'http-equiv': 'Content-Security-Policy', content: hallCsp(csp) }),
    head('link', { rel: 'icon', href: 'data:,' }),
    { tag: 'div', attrs: { id: 'root' }, injectTo: 'body-prepend' },
  ];
}

/** @type {import('./html-head.d.ts').hallHead} */
export function hallHead(options = {}) {
  return {
    name: 'hall-head',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        // Without them Vite would put its own script and stylesheet before the CSP, which covers only what follows it.
        if (!/<head[\s>]/i.test(html) || !/<body[\s>]/i.test(html)) {
          throw new Error(`${filename} needs <head> and <body>: the shared tags go first in each`);
        }
        const twice = SUPPLIED.filter(({ pattern }) => pattern.test(html)).map(({ what }) => what);
        if (twice.length > 0) {
          throw new Error(`${filename} still writes ${twice.join(', ')}: the shared head (hallHead) supplies it`);
        }
        return hallHeadTags(options);
      },
    },
  };
}
