import { describe, expect, test } from 'vitest';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { hallAppConfig } from './app-config.js';
import { hallCsp, hallHead, hallHeadTags } from './html-head.js';

/** Runs the plugin's index.html hook as Vite does. */
function transform(plugin: Plugin, html: string): unknown {
  const hook = plugin.transformIndexHtml;
  if (typeof hook !== 'object' || hook === null || !('handler' in hook)) throw new Error('no object hook');
  const context = { path: '/index.html', filename: '/repo/apps/book/src/index.html' } as IndexHtmlTransformContext;
  return (hook.handler as (html: string, ctx: IndexHtmlTransformContext) => unknown)(html, context);
}

const OWN_ONLY = '<!doctype html><html lang="zh-Hans"><head><title>网上预约</title></head><body></body></html>';

describe('the shared CSP', () => {
  test("the floor is the booking page's policy today: same origin only", () => {
    expect(hallCsp()).toBe(
      "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  test("an app's additions give the policies the kiosk, counter and display carry today", () => {
    const hubElsewhere = ['http:', 'https:', 'ws:', 'wss:'];
    // The kiosk: the same string as META_CSP in apps/kiosk/src/main/security.ts.
    expect(hallCsp({ 'connect-src': hubElsewhere, 'img-src': ['http:', 'https:'] })).toBe(
      "default-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data: http: https:; " +
        "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    // The display: a directive the floor lacks is added, a source already there is not repeated.
    expect(hallCsp({ 'connect-src': hubElsewhere, 'media-src': ["'self'", 'data:', 'blob:', 'data:'] })).toBe(
      "default-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data:; " +
        "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; media-src 'self' data: blob:",
    );
  });

  test('a source cannot smuggle in another directive', () => {
    expect(() => hallCsp({ 'script-src': ["'self'; script-src *"] })).toThrow(/not one CSP source/);
    expect(() => hallCsp({ 'script-src x': ['y'] })).toThrow(/not a CSP directive/);
  });
});

describe('the shared head tags', () => {
  test('charset first, zoom allowed, light by default, no theme colour unless asked', () => {
    const tags = hallHeadTags();
    expect(tags.map((t) => t.attrs)).toEqual([
      { charset: 'UTF-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { name: 'color-scheme', content: 'light' },
      { 'http-equiv': 'Content-Security-Policy', content: hallCsp() },
      { rel: 'icon', href: 'data:,' },
      { id: 'root' },
    ]);
    expect(tags.map((t) => t.injectTo)).toEqual([...Array<string>(5).fill('head-prepend'), 'body-prepend']);
    expect(JSON.stringify(tags)).not.toMatch(/user-scalable|maximum-scale/);
  });

  test("an app's own: theme colour, viewport additions, dark scheme, CSP additions", () => {
    const tags = hallHeadTags({
      colorScheme: 'dark',
      themeColor: '#0b5cad',
      viewport: 'viewport-fit=cover',
      csp: { 'media-src': ["'self'"] },
    });
    const content = (name: string) => tags.find((t) => t.attrs?.name === name)?.attrs?.content;
    expect(content('viewport')).toBe('width=device-width, initial-scale=1, viewport-fit=cover');
    expect(content('color-scheme')).toBe('dark');
    expect(content('theme-color')).toBe('#0b5cad');
    expect(tags.find((t) => t.attrs?.['http-equiv'])?.attrs?.content).toMatch(/; media-src 'self'$/);
  });
});

describe('the plugin in an app', () => {
  test('writes the tags into an index.html that keeps only what is its own', () => {
    expect(transform(hallHead({ themeColor: '#0b5cad' }), OWN_ONLY)).toEqual(hallHeadTags({ themeColor: '#0b5cad' }));
  });

  test('refuses an index.html that still writes a shared tag itself (two CSPs, two charsets)', () => {
    const stale = OWN_ONLY.replace(
      '<title>',
      '<meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="default-src *" /><title>',
    );
    expect(() => transform(hallHead(), stale)).toThrow(
      /apps\/book\/src\/index.html still writes <meta charset>, the CSP <meta>/,
    );
  });

  test('refuses an index.html with its own root element, or without <head> and <body>', () => {
    const ownRoot = OWN_ONLY.replace('<body>', '<body><div id="root"></div>');
    expect(() => transform(hallHead(), ownRoot)).toThrow(/still writes <div id="root">/);
    expect(() => transform(hallHead(), '<!doctype html><html lang="en"><title>x</title></html>')).toThrow(
      /needs <head> and <body>/,
    );
  });

  test('hallAppConfig adds it only when asked for a head', () => {
    const appDir = new URL('file:///repo/apps/book/');
    expect(hallAppConfig({ appDir, base: '/book/' }).plugins).toBeUndefined();
    const plugins = hallAppConfig({
      appDir,
      base: '/book/',
      head: {},
      extra: { plugins: [{ name: 'other' }] },
    }).plugins;
    expect((plugins ?? []).map((p) => (p as Plugin).name)).toEqual(['hall-head', 'other']);
  });
});
