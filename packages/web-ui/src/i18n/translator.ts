import type { Locale } from '@hall/protocol';
import IntlMessageFormat, { type PrimitiveType } from 'intl-messageformat';
import type { Catalog } from './catalog.ts';

/** The values a message's `{arguments}` take: numbers feed plurals, strings fill names and codes. */
export type MessageValues = Readonly<Record<string, PrimitiveType>>;

/** What went wrong formatting one message (most often a value the message needs was not passed). */
export interface FormatProblem {
  locale: Locale;
  key: string;
  error: Error;
}

export interface TranslatorOptions {
  /**
   * Told of a message that could not be formatted; the message's own pattern is shown instead, so a screen
   * never goes blank. Default: `console.error`. Tests pass a function that throws.
   */
  onError?: (problem: FormatProblem) => void;
}

/** `t('en', 'waiting', { n: 3 })` → "3 people waiting". Any locale at any call: the wall display shows two. */
export interface Translator<K extends string> {
  (locale: Locale, key: K, values?: MessageValues): string;
  readonly catalog: Catalog<K>;
}

/** A translator bound to one locale: `t('waiting', { n: 3 })`. */
export type LocaleTranslator<K extends string> = (key: K, values?: MessageValues) => string;

export function createTranslator<K extends string>(
  catalog: Catalog<K>,
  options: TranslatorOptions = {},
): Translator<K> {
  const onError = options.onError ?? ((p: FormatProblem) => console.error(`i18n ${p.locale} "${p.key}":`, p.error));
  // Parsing is the costly part of ICU formatting: each message is parsed once per locale, when first used.
  const compiled = new Map<string, IntlMessageFormat>();
  const translate = (locale: Locale, key: K, values?: MessageValues): string => {
    const pattern = catalog[locale][key];
    try {
      const id = `${locale}\u0000${key}`;
      let format = compiled.get(id);
      if (!format) {
        format = new IntlMessageFormat(pattern, locale);
        compiled.set(id, format);
      }
      const out = format.format(values);
      return typeof out === 'string' ? out : [out].flat().join('');
    } catch (err) {
      onError({ locale, key, error: err instanceof Error ? err : new Error(String(err)) });
      return pattern;
    }
  };
  return Object.assign(translate, { catalog });
}

export function forLocale<K extends string>(t: Translator<K>, locale: Locale): LocaleTranslator<K> {
  return (key, values) => t(locale, key, values);
}
