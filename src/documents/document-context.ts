// The form context a document is built with: labels, amounts and dates in the document's
// language, which may differ from the interface's.
import type { FieldContext } from '@/domain/field-context';
import { listParties } from '@/domain/parties';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';
import { documentLocale, documentWords } from './make-document';

export function documentFieldContext(
  registry: ContentRegistry,
  dossier: Dossier,
  language: LanguageCode,
): FieldContext {
  const words = documentWords(registry, language);
  return {
    registry,
    language,
    locale: documentLocale[language] ?? language,
    parties: listParties(dossier.answers),
    answers: dossier.answers,
    messages: (key) => (key === 'yes' ? words.yes : key === 'no' ? words.no : ''),
  };
}
