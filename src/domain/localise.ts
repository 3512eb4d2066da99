// Picks the text for a language, falling back to English (which content always has).
import type { LanguageCode } from '@/schemas/ids';
import type { LocalisedText } from '@/schemas/localised-text';

export function localise(text: LocalisedText, language: LanguageCode): string {
  return text[language] ?? text.en;
}

/** Whether a text exists in the language itself, rather than through the English fallback. */
export function hasTranslation(text: LocalisedText, language: LanguageCode): boolean {
  return text[language] !== undefined;
}
