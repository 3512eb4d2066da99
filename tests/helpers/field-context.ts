// A form-engine context as the app builds it, in English with an English-language locale.
import { listParties } from '@/domain/parties';
import type { FieldContext } from '@/domain/field-context';
import { genericMessages } from '@/i18n/generic-messages';
import { translateEn } from '@/i18n/i18n';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { StepAnswers } from '@/schemas/dossier';

export const messages = genericMessages(translateEn);

export function fieldContext(
  registry: ContentRegistry,
  answers: Partial<Record<string, StepAnswers>> = {},
  locale = 'en-GB',
): FieldContext {
  return { registry, language: 'en', locale, messages, parties: listParties(answers), answers };
}
