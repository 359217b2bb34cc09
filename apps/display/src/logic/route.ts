import type { Locale } from '@hall/protocol';
import { isLocale } from '@hall/web-ui';

/** Which screen this display shows, read from its address. */
export type Screen = { kind: 'hall' } | { kind: 'zone'; zoneId: string } | { kind: 'window'; window: number };

export interface DisplayRoute {
  screen: Screen;
  orientation: 'landscape' | 'portrait';
  /** The optional second-language line under the Chinese. */
  lang2: Exclude<Locale, 'zh-Hans'> | null;
  voice: boolean;
}

/**
 * `/display` (whole hall), `/display?zone=<id>` (one zone), `/display/window/<n>` (one window's screen).
 * `?orientation=portrait|landscape` forces the layout; otherwise the screen's shape decides.
 * `?lang2=en|zh-Hant` adds a second-language line; `?voice=off` keeps the display silent (a window screen
 * is silent unless `?voice=on`).
 */
export function parseRoute(pathname: string, search: string, size: { width: number; height: number }): DisplayRoute {
  const q = new URLSearchParams(search);
  const win = /^\/display\/window\/(\d{1,3})\/?$/.exec(pathname);
  const zoneId = q.get('zone');
  const n = win ? Number(win[1]) : NaN;
  const screen: Screen =
    Number.isInteger(n) && n > 0
      ? { kind: 'window', window: n }
      : zoneId && /^[a-z0-9][a-z0-9-]{0,39}$/.test(zoneId)
        ? { kind: 'zone', zoneId }
        : { kind: 'hall' };
  const o = q.get('orientation');
  const orientation =
    o === 'portrait' || o === 'landscape'
      ? o
      : size.height > size.width
        ? ('portrait' as const)
        : ('landscape' as const);
  const l = q.get('lang2');
  const lang2 = isLocale(l) && l !== 'zh-Hans' ? l : null;
  // A window's small screen usually has no speaker of its own: silent unless `?voice=on`.
  const v = (q.get('voice') ?? '').toLowerCase();
  const voice =
    screen.kind === 'window' ? ['on', '1', 'true', 'yes'].includes(v) : !['off', '0', 'false', 'no'].includes(v);
  return { screen, orientation, lang2, voice };
}
