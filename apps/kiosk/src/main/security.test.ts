import { describe, expect, it } from 'vitest';
import {
  appOriginOf,
  blockedInput,
  contentSecurityPolicy,
  cspHeadersListener,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  isAllowedNavigation,
  META_CSP,
} from './security.ts';
import type { KeyInput } from './security.ts';
import { hallCsp } from '@hall/web-ui/vite';
import { KIOSK_HEAD } from './renderer-head.ts';

const fileOrigin = appOriginOf({ rendererDirUrl: 'file:///opt/hall-kiosk/resources/app.asar/out/renderer/' });
const devOrigin = appOriginOf({ devServerUrl: 'http://localhost:5173/', rendererDirUrl: 'file:///ignored/' });

describe('navigation', () => {
  it('allows the built renderer and its own pages', () => {
    expect(fileOrigin).toBe('file:///opt/hall-kiosk/resources/app.asar/out/renderer/');
    expect(isAllowedNavigation('file:///opt/hall-kiosk/resources/app.asar/out/renderer/index.html', fileOrigin)).toBe(
      true,
    );
    expect(
      isAllowedNavigation('file:///opt/hall-kiosk/resources/app.asar/out/renderer/index.html#/ticket', fileOrigin),
    ).toBe(true);
  });

  it('blocks every other file, host, scheme and escape', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/hall-kiosk/resources/app.asar/out/main/index.js',
      'file:///opt/hall-kiosk/resources/app.asar/out/renderer/../main/index.js',
      'file:///opt/hall-kiosk/resources/app.asar/out/renderer/%2e%2e/main/index.js',
      'file:///opt/hall-kiosk/resources/app.asar/out/renderer/..%2f..%2fapp.asar',
      'file:///opt/hall-kiosk/resources/app.asar/out/renderer-evil/index.html',
      'file://evil-host/opt/hall-kiosk/resources/app.asar/out/renderer/index.html',
      'https://example.com/',
      'http://hub.hall.lan:8080/admin',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, fileOrigin), url).toBe(false);
    }
  });

  it('in development allows only the dev server origin', () => {
    expect(devOrigin).toBe('http://localhost:5173');
    expect(isAllowedNavigation('http://localhost:5173/index.html', devOrigin)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', devOrigin)).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/', devOrigin)).toBe(false);
    expect(isAllowedNavigation('file:///opt/hall-kiosk/resources/app.asar/out/renderer/index.html', devOrigin)).toBe(
      false,
    );
  });

  it('refuses a renderer directory that is not a file URL', () => {
    expect(() => appOriginOf({ rendererDirUrl: 'https://example.com/' })).toThrow(/file:\/\//);
  });
});

describe('windows and permissions', () => {
  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'unknown']) {
      let granted: boolean | undefined;
      denyPermissionRequest({}, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
    }
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('blocked keys', () => {
  const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
    type: 'keyDown',
    key: k,
    control: false,
    alt: false,
    shift: false,
    meta: false,
    ...mods,
  });

  it('blocks the ways out of the kiosk', () => {
    for (const [input, name] of [
      [key('F4', { alt: true }), 'Alt+F4'],
      [key('w', { control: true }), 'Ctrl+W'],
      [key('W', { control: true, shift: true }), 'Ctrl+Shift+W'],
      [key('w', { meta: true }), 'Cmd+W'],
      [key('q', { control: true }), 'Ctrl+Q'],
      [key('q', { meta: true }), 'Cmd+Q'],
      [key('r', { control: true }), 'Ctrl+R'],
      [key('R', { control: true, shift: true }), 'Ctrl+Shift+R'],
      [key('r', { meta: true }), 'Cmd+R'],
      [key('F5'), 'F5'],
      [key('F11'), 'F11'],
      [key('F12'), 'F12'],
      [key('I', { control: true, shift: true }), 'Ctrl+Shift+I'],
      [key('J', { control: true, shift: true }), 'Ctrl+Shift+J'],
      [key('C', { control: true, shift: true }), 'Ctrl+Shift+C'],
      [key('i', { meta: true, alt: true }), 'Cmd+Alt+I'],
      [key('p', { control: true }), 'Ctrl+P'],
      [key('=', { control: true }), 'Ctrl+='],
      [key('ArrowLeft', { alt: true }), 'Alt+Left'],
      [key('BrowserBack'), 'BrowserBack'],
    ] as const) {
      expect(blockedInput(input), name).toBe(true);
    }
  });

  it('lets ordinary typing through', () => {
    for (const input of [key('a'), key('A', { shift: true }), key('1'), key('Enter'), key('Backspace'), key('F4')]) {
      expect(blockedInput(input), input.key).toBe(false);
    }
    expect(blockedInput(key('c', { control: true })), 'Ctrl+C').toBe(false);
  });

  it('allows reloading, and only reloading, outside production', () => {
    const dev = { production: false };
    expect(blockedInput(key('F5'), dev)).toBe(false);
    expect(blockedInput(key('r', { control: true }), dev)).toBe(false);
    expect(blockedInput(key('F4', { alt: true }), dev)).toBe(true);
    expect(blockedInput(key('F12'), dev)).toBe(true);
  });
});

describe('content security policy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );

  it('allows only the app and the hub', () => {
    const csp = directives(contentSecurityPolicy('http://hub.hall.lan:8080/'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://hub.hall.lan:8080', 'ws://hub.hall.lan:8080']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'http://hub.hall.lan:8080']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('uses wss for an https hub, and inline scripts only for the dev server', () => {
    expect(directives(contentSecurityPolicy('https://hub.example.cn')).get('connect-src')).toContain(
      'wss://hub.example.cn',
    );
    expect(directives(contentSecurityPolicy('https://hub.example.cn', { dev: true })).get('script-src')).toContain(
      "'unsafe-inline'",
    );
    expect(META_CSP).toMatch(/script-src 'self';/);
    expect(META_CSP).not.toMatch(/unsafe-eval/);
  });

  it("is the policy the kiosk page's shared <head> carries", () => {
    expect(hallCsp(KIOSK_HEAD.csp)).toBe(META_CSP);
  });

  it('replaces whatever CSP a response carried', () => {
    let out: Record<string, string | string[]> = {};
    cspHeadersListener("default-src 'self'")(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      ({ responseHeaders }) => (out = responseHeaders),
    );
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
