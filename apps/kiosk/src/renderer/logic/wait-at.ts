import type { HallConfig, Lane, Locale, WindowConfig } from '@hall/protocol';
import { printTexts, windowListText } from '../i18n/print.ts';

type Hall = Pick<HallConfig, 'zones' | 'services' | 'windows'>;

const allowsLane = (w: WindowConfig, lane: Lane) => w.lanes === undefined || w.lanes.includes(lane);
const serves = (w: WindowConfig, serviceId: string) => w.services === 'all' || w.services.includes(serviceId);

/**
 * The windows a citizen of this service and lane should wait for: the windows that list the service
 * (else the windows that serve everything), plus windows kept for the lane (the elderly help window).
 */
export function windowsServing(hall: Hall, serviceId: string, lane: Lane): WindowConfig[] {
  const listing = hall.windows.filter(
    (w) => w.services !== 'all' && w.services.includes(serviceId) && allowsLane(w, lane),
  );
  const primary =
    listing.length > 0 ? listing : hall.windows.filter((w) => w.services === 'all' && w.lanes === undefined);
  const forLane = hall.windows.filter((w) => w.lanes !== undefined && w.lanes.includes(lane) && serves(w, serviceId));
  const chosen = new Map<number, WindowConfig>();
  for (const w of [...primary, ...forLane]) chosen.set(w.number, w);
  return [...chosen.values()].sort((a, b) => a.number - b.number);
}

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

/** "医保专区 · 1、2号窗口": where to wait, in the citizen's language. */
export function waitAtText(hall: Hall, serviceId: string, lane: Lane, locale: Locale): string {
  const service = hall.services.find((s) => s.id === serviceId);
  const windows = windowsServing(hall, serviceId, lane);
  if (!service || windows.length === 0) return '';
  const zone = hall.zones.find((z) => z.id === service.zoneId);
  const primary = windows.filter((w) => w.lanes === undefined);
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
