import type { Locale } from '@hall/protocol';
import { elapsedOf, type Elapsed } from '@hall/web-ui';

const UNITS: Record<Locale, Record<Elapsed['unit'], string>> = {
  'zh-Hans': { minute: '分钟', hour: '小时', day: '天' },
  'zh-Hant': { minute: '分鐘', hour: '小時', day: '天' },
  en: { minute: 'min', hour: 'h', day: 'd' },
};

export function AgeText({ since, now, locale }: { since: number; now: number; locale: Locale }) {
  const a = elapsedOf(since, now);
  return (
    <span className="age">
      {a.value} {UNITS[locale][a.unit]}
    </span>
  );
}
