import { z } from 'zod';

/** UI languages, Simplified Chinese first. */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const localizedTextSchema = z.object({
  'zh-Hans': z.string().min(1),
  'zh-Hant': z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
