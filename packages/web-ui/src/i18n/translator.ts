import type { Locale } from '@hall/protocol';
import IntlMessageFormat, { type PrimitiveType } from 'intl-messageformat';
import type { Catalog, SourceMessages } from './catalog.ts';
import type { ArgsParam } from './message-args.ts';

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
   * Told of a message that could not be formatted; the message's own pattern (or the key, for a key not in
   * the catalog) is shown instead, so a screen never goes blank. Default: `console.error`. Tests pass a
   * function that throws.
   */
  onError?: (problem: FormatProblem) => void;
}

/**
 * `t('en', 'waiting', { n: 3 })` → "3 people waiting". Any locale at any call: the wall display shows two.
 * The values are checked against the zh-Hans message (`{n, plural, …}` needs `{ n: number }`).
 */
export interface Translator<M extends SourceMessages> {
  <K extends keyof M & string>(locale: Locale, key: K, ...values: ArgsParam<M[K]>): string;
  /** Whether a key computed at run time (`error.${code}`) is in the catalog. */
  has(key: string): key is keyof M & string;
  readonly catalog: Catalog<M>;
}

/** A translator bound to one locale: `t('waiting', { n: 3 })`. */
export type LocaleTranslator<M extends SourceMessages> = <K extends keyof M & string>(
  key: K,
  ...values: ArgsParam<M[K]>
) => string;

export function createTranslator<M extends SourceMessages>(
  catalog: Catalog<M>,
  options: TranslatorOptions = {},
): Translator<M> {
  const onError = options.onError ?? ((p: FormatProblem) => console.error(`i18n ${p.locale} "${p.key}":`, p.error));
  const has = (key: string): key is keyof M & string => Object.hasOwn(catalog['zh-Hans'], key);
  // Parsing is the costly part of ICU formatting: each message is parsed once per locale, when first used.
  const compiled = new Map<string, IntlMessageFormat>();
  const translate = (locale: Locale, key: string, values?: MessageValues): string => {
    if (!has(key)) {
      onError({ locale, key, error: new Error(`no message "${key}"`) });
      return key;
    }
    const pattern = (catalog[locale] as Readonly<Record<string, string>>)[key] ?? key;
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
  return Object.assign(translate, { has, catalog }) as Translator<M>;
}

export function forLocale<M extends SourceMessages>(t: Translator<M>, locale: Locale): LocaleTranslator<M> {
  return (key, ...values) => t(locale, key, ...values);
}
