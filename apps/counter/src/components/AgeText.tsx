import type { Locale } from '@hall/protocol';
import { ageOf } from '../logic/age.ts';

const UNITS: Record<Locale, Record<'min' | 'h' | 'd', string>> = {
  'zh-Hans': { min: '分钟', h: '小时', d: '天' },
  'zh-Hant': { min: '分鐘', h: '小時', d: '天' },
  en: { min: 'min', h: 'h', d: 'd' },
};

export function AgeText({ since, now, locale }: { since: number; now: number; locale: Locale }) {
  const a = ageOf(since, now);
  return (
    <span className="age">
      {a.value} {UNITS[locale][a.unit]}
    </span>
  );
}
