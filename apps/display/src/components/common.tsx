import type { HallConfig, Locale, LocalizedText } from '@hall/protocol';
import { useEffect, useState } from 'react';
import type { Text } from '../i18n/texts.ts';
import { useDisplay } from '../state/display-store.ts';

export type Lang2 = Exclude<Locale, 'zh-Hans'> | null;

/** Chinese first; the second-language line only when the display asks for one. */
export function Bi({ text, lang2, className }: { text: Text | LocalizedText; lang2: Lang2; className?: string }) {
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

/** The hub's clock (local clock + the offset seen at the last snapshot), ticking every `everyMs`. */
export function useHubNow(everyMs = 1_000): number {
  const offset = useDisplay((s) => s.data.clockOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now + offset;
}

export function serviceNames(hall: HallConfig, id: string): LocalizedText {
  return hall.services.find((s) => s.id === id)?.names ?? { 'zh-Hans': id, 'zh-Hant': id, en: id };
}
