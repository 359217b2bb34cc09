import type { Locale } from '@hall/protocol';

export type { Locale };

/** One piece of UI text in every language the page speaks. */
export type Text = Readonly<Record<Locale, string>>;

/** The page's languages, Simplified Chinese first. */
export const BOOK_LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Each language's own name, as shown on its button. */
export const LOCALE_NAMES: Text = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (BOOK_LOCALES as string[]).includes(v);

/**
 * The language to start in: `?lang=` (the government portal links with the citizen's language), then the one
 * chosen here before, then the browser's, then zh-Hans.
 */
export function initialLocale(search: string, saved: string | null, browser: readonly string[]): Locale {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLocale(fromQuery)) return fromQuery;
  if (isLocale(saved)) return saved;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-Hans';
}
