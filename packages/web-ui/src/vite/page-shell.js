// @ts-check
/**
 * The head every hall page shares, written by the build instead of copied into each app's index.html:
 * charset, viewport (zoom never blocked, WCAG 1.4.4), colour scheme, the Content-Security-Policy floor, an
 * empty icon and the title. An app's index.html keeps only `<html lang>`, an empty `<head></head>` and its
 * root and script; what differs between apps (title, colour scheme, the few sources a page may add) is an
 * option. Plain JavaScript for the same reason as app-config.js.
 */

/** @param {readonly string[]} extra */
const sources = (extra) => ["'self'", ...extra].join(' ');

/** @type {import('./page-shell.d.ts').contentSecurityPolicy} */
export function contentSecurityPolicy({ connect = [], img = ['data:'], media } = {}) {
  return [
    "default-src 'self'",
    `connect-src ${sources(connect)}`,
    `img-src ${sources(img)}`,
    ...(media ? [`media-src ${sources(media)}`] : []),
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** @type {import('./page-shell.d.ts').pageShellTags} */
export function pageShellTags({ title, colorScheme = 'light', viewport = [], themeColor, csp = {} }) {
  /** @type {import('vite').HtmlTagDescriptor[]} */
  const tags = [
    { tag: 'meta', attrs: { charset: 'UTF-8' } },
    {
      tag: 'meta',
      attrs: { name: 'viewport', content: ['width=device-width', 'initial-scale=1', ...viewport].join(', ') },
    },
    { tag: 'meta', attrs: { name: 'color-scheme', content: colorScheme } },
    ...(themeColor ? [{ tag: 'meta', attrs: { name: 'theme-color', content: themeColor } }] : []),
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(csp) } },
    { tag: 'link', attrs: { rel: 'icon', href: 'data:,' } },
    { tag: 'title', children: title },
  ];
  return tags.map((t) => ({ ...t, injectTo: 'head-prepend' }));
}

/** @type {import('./page-shell.d.ts').pageShell} */
export function pageShell(options) {
  return { name: 'hall-page-shell', transformIndexHtml: { order: 'pre', handler: () => pageShellTags(options) } };
}
