import type { Locale } from '@hall/protocol';
import { useEffect, useMemo } from 'react';
import { htmlLang } from './locale.ts';
import type { SourceMessages } from './catalog.ts';
import { forLocale, type LocaleTranslator, type Translator } from './translator.ts';

/** `const t = useTranslator(texts, locale)` in a component; `t('appName')`. The locale stays in the app's store. */
export function useTranslator<M extends SourceMessages>(t: Translator<M>, locale: Locale): LocaleTranslator<M> {
  return useMemo(() => forLocale(t, locale), [t, locale]);
}

/** Keeps `<html lang>` (screen readers, CJK font choice by `:lang()`) and, if given, the tab title in step with the locale. */
export function useDocumentLocale(locale: Locale, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = htmlLang(locale);
    if (title !== undefined) document.title = title;
  }, [locale, title]);
}
