import { LOCALES, type Locale, type LocalizedText } from '@hall/protocol';

export { LOCALES };
export type { Locale, LocalizedText };

/** Each language's own name, as shown on its button. */
export const LOCALE_NAMES: LocalizedText = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** The BCP 47 tag for `<html lang>`: our locale names are already tags (zh-Hans, zh-Hant, en). */
export const htmlLang = (locale: Locale): string => locale;

/** A name the hub sends in every language (hall, zone, service, window), in one of them. */
export const localized = (text: LocalizedText, locale: Locale): string => text[locale];

/** The locale a browser language tag asks for, if we speak it: zh-TW/HK/MO and zh-Hant → zh-Hant, other zh → zh-Hans. */
export function localeOfTag(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(lower)) return 'zh-Hant';
  if (lower.startsWith('zh')) return 'zh-Hans';
  if (lower.startsWith('en')) return 'en';
  return null;
}

export interface LocaleSources {
  /** `location.search`: `?lang=` (the portal or a QR code links with the citizen's language). */
  search?: string;
  /** The choice saved on this device before. */
  saved?: string | null;
  /** `navigator.languages`; staff terminals and kiosks leave it out (the hall's language comes first). */
  browser?: readonly string[];
}

/** The language to start in: `?lang=`, then the saved choice, then the browser's, then zh-Hans. */
export function pickLocale({ search = '', saved = null, browser = [] }: LocaleSources): Locale {
  const fromQuery = new URLSearchParams(search).get('lang');
  if (isLocale(fromQuery)) return fromQuery;
  if (isLocale(saved)) return saved;
  for (const tag of browser) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'zh-Hans';
}

/** Where a UI keeps its language choice. Storage may refuse (a private window): the choice then lasts the visit. */
export interface LocaleMemory {
  load(): string | null;
  save(locale: Locale): void;
}

export function localeMemory(key: string, storage: () => Storage = () => localStorage): LocaleMemory {
  return {
    load: () => {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    save: (locale) => {
      try {
        storage().setItem(key, locale);
      } catch {
        // Refused storage only means the choice is not remembered.
      }
    },
  };
}
