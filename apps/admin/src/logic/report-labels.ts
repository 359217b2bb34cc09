import type { Locale, ReportDimension, ReportRow } from '@hall/protocol';
import { dayLabel } from '@hall/web-ui';
import { isTextKey, texts } from '../i18n/texts.ts';

/** Figures as the reports page writes them; `—` where the hub has no figure (null: nothing to count). */
const NONE = '—';

export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Minutes (or hours, or days) with one decimal, as the hub rounds them. */
export function formatDecimal(n: number | null, locale: Locale): string {
  return n === null
    ? NONE
    : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A share as a percentage with one decimal: satisfaction is published as 99.8 %, so 100 % must not round it up. */
export function formatShare(share: number | null, locale: Locale): string {
  if (share === null) return NONE;
  const percent = Math.floor(share * 1000) / 10;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(percent)}%`;
}

/** `08:00–09:00` for hour `08`. */
export function hourLabel(hour: string): string {
  const h = Number(hour);
  return `${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00`;
}

/**
 * The name of a breakdown row in `locale`: names the hub sent (zones, services, windows, clerks), else the
 * console's words for lanes and window kinds, dates and hours; the bare key when nothing better is known.
 */
export function rowLabel(by: ReportDimension, row: ReportRow, locale: Locale): string {
  const named = row.names?.[locale];
  if (named) return named;
  switch (by) {
    case 'hour':
      return hourLabel(row.key);
    case 'day':
      return dayLabel(row.key, locale) ?? row.key;
    case 'day-hour': {
      const [day = '', hour = ''] = row.key.split('T');
      return `${dayLabel(day, locale) ?? day} ${hourLabel(hour)}`;
    }
    case 'window':
      return texts(locale, 'report.window', { n: row.key });
    case 'lane':
    case 'kind': {
      const key = `${by}.${row.key}`;
      return isTextKey(`${by}.`, key) ? texts(locale, key) : row.key;
    }
    default:
      return row.key;
  }
}
