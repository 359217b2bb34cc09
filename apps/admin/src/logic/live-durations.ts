import type { Locale } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';

/**
 * "For how long" on the live board: whole minutes between two instants of the hub's clock (a window's
 * `since`, an alert's `raisedAt`, and the hub's now). A `since` a little ahead of now (the hub's clock read
 * before the page's offset caught up) counts as none, never as a negative span.
 */
export function elapsedMinutes(since: number, hubNow: number): number {
  return Math.max(0, Math.floor((hubNow - since) / 60_000));
}

/** Minutes as a person says them: under a minute, minutes, or hours and minutes. */
export function spanText(locale: Locale, minutes: number): string {
  if (minutes < 1) return texts(locale, 'live.spanUnderMinute');
  if (minutes < 60) return texts(locale, 'live.spanMinutes', { n: minutes });
  return texts(locale, 'live.spanHours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/**
 * A figure of minutes the hub computed (a zone's longest wait, its forecast): said as minutes, 0 included
 * ("0 分钟" is a forecast; "under a minute" would read as a measured span), hours from 60 on.
 */
export function minutesText(locale: Locale, minutes: number): string {
  return minutes < 60 ? texts(locale, 'live.spanMinutes', { n: minutes }) : spanText(locale, minutes);
}

/** How long from `since` to the hub's now, in words. */
export function sinceText(locale: Locale, since: number, hubNow: number): string {
  return spanText(locale, elapsedMinutes(since, hubNow));
}
