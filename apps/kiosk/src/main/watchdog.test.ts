import { describe, expect, it } from 'vitest';
import { errorPageUrl, Watchdog } from './watchdog.ts';

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('watchdog', () => {
  it('reloads after a crash, and gives up after N crashes within M minutes', () => {
    const clock = fakeClock();
    const dog = new Watchdog({ now: clock.now, maxCrashes: 3, windowMs: 5 * 60_000, reloadDelayMs: 2_000 });
    expect(dog.onRenderProcessGone('crashed')).toEqual({ kind: 'reload', delayMs: 2_000, forceCrash: false });
    clock.advance(60_000);
    expect(dog.onRenderProcessGone('oom')).toMatchObject({ kind: 'reload' });
    clock.advance(60_000);
    expect(dog.onRenderProcessGone('killed')).toEqual({ kind: 'give-up', crashes: 3 });
    expect(dog.gaveUp).toBe(true);
    // After giving up, nothing reloads any more.
    expect(dog.onRenderProcessGone('crashed')).toEqual({ kind: 'none' });
    expect(dog.onUnresponsive()).toEqual({ kind: 'none' });
  });

  it('forgets crashes older than the window', () => {
    const clock = fakeClock();
    const dog = new Watchdog({ now: clock.now, maxCrashes: 3, windowMs: 5 * 60_000 });
    for (let i = 0; i < 10; i++) {
      expect(dog.onRenderProcessGone('crashed').kind).toBe('reload');
      clock.advance(3 * 60_000);
    }
    expect(dog.recentCrashes).toBe(1);
    expect(dog.gaveUp).toBe(false);
  });

  it('reloads a hung page only if it stays unresponsive for the grace period', () => {
    const clock = fakeClock();
    const dog = new Watchdog({ now: clock.now, unresponsiveGraceMs: 15_000, reloadDelayMs: 1_000 });
    expect(dog.onUnresponsive()).toEqual({ kind: 'check-later', delayMs: 15_000 });
    expect(dog.onUnresponsive()).toEqual({ kind: 'none' });
    clock.advance(5_000);
    dog.onResponsive();
    clock.advance(10_000);
    expect(dog.checkUnresponsive()).toEqual({ kind: 'none' });
    expect(dog.recentCrashes).toBe(0);

    expect(dog.onUnresponsive().kind).toBe('check-later');
    clock.advance(15_000);
    expect(dog.checkUnresponsive()).toEqual({ kind: 'reload', delayMs: 1_000, forceCrash: true });
    expect(dog.recentCrashes).toBe(1);
    // The check ran once: a second timer firing does nothing.
    expect(dog.checkUnresponsive()).toEqual({ kind: 'none' });
  });

  it('counts hangs and crashes together, and starts afresh after reset', () => {
    const clock = fakeClock();
    const dog = new Watchdog({ now: clock.now, maxCrashes: 2, unresponsiveGraceMs: 1_000 });
    dog.onUnresponsive();
    clock.advance(1_000);
    expect(dog.checkUnresponsive().kind).toBe('reload');
    expect(dog.onRenderProcessGone('crashed').kind).toBe('give-up');
    dog.reset();
    expect(dog.gaveUp).toBe(false);
    expect(dog.onRenderProcessGone('crashed').kind).toBe('reload');
  });

  it('renders an escaped error page without scripts', () => {
    const url = errorPageUrl('配置错误', 'hubUrl: <script>alert(1)</script>');
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(html).toContain('配置错误');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script');
    expect(html).toContain("default-src 'none'");
  });
});
