import type { Locale } from '@hall/protocol';

export type { Locale };

/** One piece of UI text in every language the counter speaks. */
export type Text = Readonly<Record<Locale, string>>;
/** A sentence with figures in it, in every language. */
export type Phrase<A extends unknown[]> = Readonly<Record<Locale, (...args: A) => string>>;

export const COUNTER_LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Each language's own name, as shown on its button. */
export const LOCALE_NAMES: Text = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

const t = (zhHans: string, zhHant: string, en: string): Text => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
export { t };
