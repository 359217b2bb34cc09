import type { HallConfig, Lane, Locale } from '@hall/protocol';
import { windowsCalling } from '@hall/queue-core';
import { printTexts, windowListText } from './print-texts.ts';

type Hall = Pick<HallConfig, 'zones' | 'services' | 'windows'>;

/** "1、2、3、5" → runs of three or more shown as a range: ["1–3", "5"]. */
export function compressNumbers(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    if (j - i >= 2) out.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k += 1) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out;
}

/** "医保专区 · 1、2、28–30号窗口": where to wait (every window that may call the ticket), in the citizen's language. */
export function waitAtText(hall: Hall, serviceId: string, lane: Lane, locale: Locale): string {
  const service = hall.services.find((s) => s.id === serviceId);
  // A ticket fresh from the kiosk is never bound to one window.
  const windows = windowsCalling(hall.windows, { serviceId, lane, targetWindow: null });
  if (!service || windows.length === 0) return '';
  const zone = hall.zones.find((z) => z.id === service.zoneId);
  // The area is named after the windows that list the service, not those serving everything or one lane.
  const primary = windows.filter((w) => w.lanes === undefined && w.services !== 'all');
  const kinds = new Set(primary.map((w) => w.kind));
  const [onlyKind] = [...kinds];
  let area: string | undefined;
  if (zone && primary.some((w) => w.zoneId === zone.id))
    area = printTexts(locale, 'zoneArea', { zone: zone.names[locale] });
  else if (kinds.size === 1 && onlyKind !== undefined && onlyKind !== 'zone')
    area = printTexts(locale, `area.${onlyKind}`);
  const list = windowListText(locale, compressNumbers(windows.map((w) => w.number)));
  return area ? `${area} · ${list}` : list;
}
