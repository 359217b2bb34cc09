import { describe, expect, test } from 'vitest';
import { hallAppConfig } from './app-config.js';
import { contentSecurityPolicy, pageShellTags } from './page-shell.js';

const attr = (tags: ReturnType<typeof pageShellTags>, name: string) =>
  tags.find((t) => t.attrs?.name === name || t.attrs?.['http-equiv'] === name)?.attrs?.content;

describe('the shared head of a hall page', () => {
  test('the CSP floor: own origin only, no inline script, no plugins, no base or form targets', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  test("a page's own sources are added, never replacing 'self'", () => {
    const csp = contentSecurityPolicy({ connect: ['http:', 'ws:'], media: ['data:', 'blob:'] });
    expect(csp).toContain("connect-src 'self' http: ws:;");
    expect(csp).toContain("media-src 'self' data: blob:;");
    expect(csp).toContain("script-src 'self';");
  });

  test('charset first, zoom never blocked, the title and colour scheme asked for, all at the top of <head>', () => {
    const tags = pageShellTags({ title: '叫号显示屏', colorScheme: 'dark', viewport: ['viewport-fit=cover'] });
    expect(tags[0]).toMatchObject({ tag: 'meta', attrs: { charset: 'UTF-8' } });
    expect(attr(tags, 'viewport')).toBe('width=device-width, initial-scale=1, viewport-fit=cover');
    expect(attr(tags, 'viewport')).not.toMatch(/user-scalable|maximum-scale/);
    expect(attr(tags, 'color-scheme')).toBe('dark');
    expect(attr(tags, 'theme-color')).toBeUndefined();
    expect(tags.find((t) => t.tag === 'title')?.children).toBe('叫号显示屏');
    expect(tags.every((t) => t.injectTo === 'head-prepend')).toBe(true);
  });

  test('hallAppConfig adds the plugin only when asked', () => {
    const appDir = new URL('file:///repo/apps/display/');
    expect(hallAppConfig({ appDir, base: '/display/' }).plugins).toBeUndefined();
    const config = hallAppConfig({ appDir, base: '/display/', page: { title: 't' } });
    expect(config.plugins).toMatchObject([{ name: 'hall-page-shell' }]);
  });
});
