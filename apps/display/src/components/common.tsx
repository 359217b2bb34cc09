import type { HallConfig, Locale, LocalizedText } from '@hall/protocol';
import { useHubNow as useHubClock } from '@hall/web-ui';
import { useDisplay } from '../state/display-store.ts';

export type Lang2 = Exclude<Locale, 'zh-Hans'> | null;

/** Chinese first; the second-language line only when the display asks for one. */
export function Bi({ text, lang2, className }: { text: LocalizedText; lang2: Lang2; className?: string }) {
  return (
    <span className={className ? `bi ${className}` : 'bi'}>
      <span className="bi__zh" lang="zh-Hans">
        {text['zh-Hans']}
      </span>
      {lang2 && text[lang2] !== '' && (
        <span className="bi__l2" lang={lang2}>
          {text[lang2]}
        </span>
      )}
    </span>
  );
}

/** The hub's clock, from the offset seen at the last snapshot. */
export const useHubNow = (everyMs = 1_000): number =>
  useHubClock(
    useDisplay((s) => s.data.clockOffset),
    everyMs,
  );

export function serviceNames(hall: HallConfig, id: string): LocalizedText {
  return hall.services.find((s) => s.id === id)?.names ?? { 'zh-Hans': id, 'zh-Hant': id, en: id };
}
