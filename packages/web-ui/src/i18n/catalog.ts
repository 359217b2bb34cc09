import { LOCALES, type Locale } from '@hall/protocol';
import IntlMessageFormat from 'intl-messageformat';

/**
 * A UI's texts: one ICU message (FormatJS syntax) per key and locale. Simplified Chinese is the source; the
 * other locales must carry exactly its keys, so a missing or stray translation fails type-checking.
 */
export type Messages<K extends string> = Readonly<Record<K, string>>;

/** The zh-Hans source messages, their texts kept as literal types (the arguments are read from them). */
export type SourceMessages = Readonly<Record<string, string>>;

export interface Catalog<M extends SourceMessages> {
  readonly 'zh-Hans': M;
  readonly 'zh-Hant': Messages<keyof M & string>;
  readonly en: Messages<keyof M & string>;
}

/** The keys of a catalog, for typing a helper that takes one. */
export type MessageKey<C> = C extends Catalog<infer M> ? keyof M & string : never;

/**
 * `defineMessages({ appName: '网上预约' }, { 'zh-Hant': { appName: '網上預約' }, en: { appName: 'Book' } })`.
 * The keys come from the zh-Hans source; each translation is checked against them.
 */
export function defineMessages<const M extends SourceMessages>(
  zhHans: M,
  translations: { readonly 'zh-Hant': Messages<keyof M & string>; readonly en: Messages<keyof M & string> },
): Catalog<M> {
  return { 'zh-Hans': zhHans, 'zh-Hant': translations['zh-Hant'], en: translations.en };
}

/** The argument names a message uses, at any depth (inside plural and select branches too). */
export function argumentsOf(message: string, locale: Locale): string[] {
  const names = new Set<string>();
  const visit = (elements: readonly unknown[]) => {
    for (const el of elements) {
      if (typeof el !== 'object' || el === null) continue;
      const node = el as { value?: unknown; options?: Record<string, { value?: unknown }>; children?: unknown };
      // Literals (type 0) and `#` (type 7) carry no name; every other element with a string value is an argument.
      const type = (el as { type?: unknown }).type;
      if (type !== 0 && type !== 7 && typeof node.value === 'string') names.add(node.value);
      if (node.options) for (const option of Object.values(node.options)) visit(asArray(option.value));
      visit(asArray(node.children));
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const asArray = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/**
 * Everything wrong with a catalog, as sentences (empty when it is sound): a key missing or extra in a
 * locale, an empty text, a message that is not valid ICU, a translation that uses other arguments than the
 * zh-Hans source. Each UI's catalog test asserts this is empty.
 */
export function catalogProblems<M extends SourceMessages>(catalog: Catalog<M>): string[] {
  const problems: string[] = [];
  const source: SourceMessages = catalog['zh-Hans'];
  const keys = Object.keys(source);
  for (const locale of LOCALES) {
    const messages = catalog[locale] as Readonly<Record<string, unknown>>;
    for (const extra of Object.keys(messages).filter((k) => !(k in source))) {
      problems.push(`${locale}: "${extra}" is not a zh-Hans key`);
    }
    for (const key of keys) {
      const text = messages[key];
      if (typeof text !== 'string' || text.trim() === '') {
        problems.push(`${locale}: "${key}" has no text`);
        continue;
      }
      try {
        const want = argumentsOf(source[key] ?? '', 'zh-Hans').join(', ');
        const got = argumentsOf(text, locale).join(', ');
        if (got !== want) problems.push(`${locale}: "${key}" uses {${got}}, the source uses {${want}}`);
      } catch (err) {
        problems.push(`${locale}: "${key}" is not a valid ICU message (${(err as Error).message})`);
      }
    }
  }
  return problems;
}
