import type { Locale } from '@hall/protocol';
import { elapsedOf } from '@hall/web-ui';
import { texts } from '../i18n/texts.ts';

/** How long ago, compactly (`5 分钟`, `3 h`): minutes under an hour, hours under two days, then days. */
export function AgeText({ since, now, locale }: { since: number; now: number; locale: Locale }) {
  const a = elapsedOf(since, now);
  return <span className="age">{texts(locale, `elapsed.${a.unit}`, { n: a.value })}</span>;
}
