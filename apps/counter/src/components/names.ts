import type { HallConfig, Locale, WindowConfig } from '@hall/protocol';

export function serviceName(hall: HallConfig, id: string, locale: Locale): string {
  return hall.services.find((s) => s.id === id)?.names[locale] ?? id;
}

export function windowName(hall: HallConfig, n: number, locale: Locale): string {
  return hall.windows.find((w) => w.number === n)?.names[locale] ?? String(n);
}

export function servicesOf(hall: HallConfig, w: WindowConfig, locale: Locale, all: string): string {
  return w.services === 'all' ? all : w.services.map((id) => serviceName(hall, id, locale)).join('、');
}
