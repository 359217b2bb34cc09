import { describe, expect, test } from 'vitest';
import { hallAppConfig, quietRollupWarnings } from './app-config.js';

const appDir = new URL('file:///repo/apps/display/');

describe("an app's Vite config", () => {
  test('sources in src, build in dist, served at its base', () => {
    const config = hallAppConfig({ appDir, base: '/display/', publicDir: 'public' });
    expect(config.root).toBe('/repo/apps/display/src');
    expect(config.base).toBe('/display/');
    expect(config.publicDir).toBe('/repo/apps/display/public');
    expect(config.build).toMatchObject({ outDir: '/repo/apps/display/dist', emptyOutDir: true, target: 'es2022' });
    expect(config.esbuild).toEqual({ jsx: 'automatic' });
  });

  test('the kiosk renderer root, no public folder unless asked, extra options merged', () => {
    const config = hallAppConfig({
      appDir: new URL('file:///repo/apps/kiosk/'),
      base: '/kiosk/',
      root: 'src/renderer',
      extra: { build: { sourcemap: true } },
    });
    expect(config.root).toBe('/repo/apps/kiosk/src/renderer');
    expect(config.publicDir).toBeUndefined();
    expect(config.build).toMatchObject({ outDir: '/repo/apps/kiosk/dist', sourcemap: true, target: 'es2022' });
  });

  test("zod's misplaced annotations are dropped, every other warning kept", () => {
    const kept: unknown[] = [];
    const warn = (w: never) => void kept.push(w);
    quietRollupWarnings({ code: 'INVALID_ANNOTATION' }, warn);
    quietRollupWarnings({ code: 'CIRCULAR_DEPENDENCY' }, warn);
    expect(kept).toEqual([{ code: 'CIRCULAR_DEPENDENCY' }]);
  });
});
