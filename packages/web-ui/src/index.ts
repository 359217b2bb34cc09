/**
 * @hall/web-ui: what the hall's browser UIs share. Browser-only (no Node); the Vite config is the separate
 * entry `@hall/web-ui/vite`, the CSS `@hall/web-ui/tokens.css` and `@hall/web-ui/base.css`.
 */
export { argumentsOf, catalogProblems, defineMessages } from './i18n/catalog.ts';
export type { Catalog, MessageKey, Messages, SourceMessages } from './i18n/catalog.ts';
export type { ArgsOf, ArgsParam } from './i18n/message-args.ts';
export { createTranslator, forLocale } from './i18n/translator.ts';
export type {
  FormatProblem,
  LocaleTranslator,
  MessageValues,
  Translator,
  TranslatorOptions,
} from './i18n/translator.ts';
export {
  htmlLang,
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  localeMemory,
  localeOfTag,
  localized,
  pickLocale,
} from './i18n/locale.ts';
export type { Locale, LocaleMemory, LocaleSources, LocalizedText } from './i18n/locale.ts';
export { useDocumentLocale, useTranslator } from './i18n/react.ts';
export {
  dateLine,
  dayLabel,
  daysBetween,
  elapsedOf,
  hallClock,
  hallDate,
  hallDateTime,
  hallMoment,
  slotRange,
} from './hall-time/hall-time.ts';
export type { DayLabelOptions, Elapsed, HallMoment } from './hall-time/hall-time.ts';
export { useHubNow } from './hall-time/use-hub-now.ts';
export { hallClockSeconds } from './hall-time/hall-clock-seconds.ts';
export { mountApp } from './mount-app.tsx';
export { QrCode } from './qr/QrCode.tsx';
export type { DataAttributes, QrCodeProps } from './qr/QrCode.tsx';
export { qrImage, QR_OPTIONS } from './qr/qr-image.ts';
export { colourTokens, contrastRatio, relativeLuminance } from './styles/contrast.ts';
export { CONTRAST_PAIRS } from './styles/contrast-pairs.ts';
export type { ContrastPair } from './styles/contrast-pairs.ts';
export { NUMBER_CELL_CHARS, numberFitStyle } from './ticket-number/number-fit.ts';
export { bookingSlotText, buildPrintJob } from './ticket-print/print-job.ts';
export { laneLabel, printTexts, windowListText } from './ticket-print/print-texts.ts';
export { compressNumbers, waitAtText } from './ticket-print/wait-at.ts';
