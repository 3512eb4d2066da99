// Short user-visible text, inline per language. English is required and is the fallback.
import * as z from 'zod';
import { languageCodes, type LanguageCode } from './ids';

const text = z.string().trim().min(1, 'Write the text; an empty string is not allowed').max(2000);

const translations = Object.fromEntries(
  languageCodes.filter((code) => code !== 'en').map((code) => [code, text.optional()]),
) as Record<Exclude<LanguageCode, 'en'>, z.ZodOptional<typeof text>>;

export const localisedTextSchema = z
  .object({ en: text, ...translations })
  .strict()
  .meta({ id: 'localisedText', description: 'Text per language code; English (en) is required' });
export type LocalisedText = z.infer<typeof localisedTextSchema>;
