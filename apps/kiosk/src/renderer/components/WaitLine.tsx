import { commonTexts } from '../i18n/common.ts';
import type { Locale } from '@hall/web-ui';
import type { WaitFigures } from '../logic/zone-wait.ts';

/** "5 人等候 · 约 12 分钟" for a zone or a service. */
export function WaitLine({ figures: f, locale }: { figures: WaitFigures | undefined; locale: Locale }) {
  if (!f) return <span className="wait-line wait-line--none">{commonTexts(locale, 'noFigures')}</span>;
  return (
    <span className="wait-line">
      <span className="wait-line__people">{commonTexts(locale, 'waiting', { n: f.waiting })}</span>
      <span aria-hidden="true"> · </span>
      <span className="wait-line__minutes">{commonTexts(locale, 'waitMinutes', { m: f.estimatedWaitMinutes })}</span>
    </span>
  );
}
