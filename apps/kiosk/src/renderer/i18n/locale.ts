import type { Locale } from '@hall/protocol';

export type { Locale };

/** One piece of UI text in every language the kiosk speaks. */
export type Text = Readonly<Record<Locale, string>>;
/** A sentence with figures in it, in every language. */
export type Phrase<A extends unknown[]> = Readonly<Record<Locale, (...args: A) => string>>;

export const KIOSK_LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** The `lang` attribute for each locale (BCP 47). */
export const HTML_LANG: Readonly<Record<Locale, string>> = { 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };

/** Each language's own name, as shown on its button. */
export const LOCALE_NAMES: Text = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };
