import { commonTexts } from '../i18n/common.ts';
import type { Locale } from '@hall/web-ui';
import { waitShown, type WaitFigures } from '../logic/zone-wait.ts';

/** "5 人等候 · 约 10–20 分钟" for a zone or a service: the range the ticket taken now will print. */
export function WaitLine({ figures: f, locale }: { figures: WaitFigures | undefined; locale: Locale }) {
  if (!f) return <span className="wait-line wait-line--none">{commonTexts(locale, 'noFigures')}</span>;
  return (
    <span className="wait-line">
      <span className="wait-line__people">{commonTexts(locale, 'waiting', { n: f.waiting })}</span>
      <span aria-hidden="true"> · </span>
      <span className="wait-line__minutes">{waitText(f, locale)}</span>
    </span>
  );
}

function waitText(f: WaitFigures, locale: Locale): string {
  const shown = waitShown(f);
  if (shown.kind === 'soon') return commonTexts(locale, 'waitSoon');
  if (shown.kind === 'range') return commonTexts(locale, 'waitRange', { low: shown.low, high: shown.high });
  return commonTexts(locale, 'waitMinutes', { m: shown.minutes });
}
