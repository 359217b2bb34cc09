import { common, figures } from '../i18n/common.ts';
import type { Locale } from '../i18n/locale.ts';
import type { WaitFigures } from '../logic/zone-wait.ts';

/** "5 人等候 · 约 12 分钟" for a zone or a service. */
export function WaitLine({ figures: f, locale }: { figures: WaitFigures | undefined; locale: Locale }) {
  if (!f) return <span className="wait-line wait-line--none">{common.noFigures[locale]}</span>;
  return (
    <span className="wait-line">
      <span className="wait-line__people">{figures.waiting[locale](f.waiting)}</span>
      <span aria-hidden="true"> · </span>
      <span className="wait-line__minutes">{figures.waitMinutes[locale](f.estimatedWaitMinutes)}</span>
    </span>
  );
}
