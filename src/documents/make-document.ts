// One place that turns a template, a dossier and the export choices into a document model,
// for the app and the command line alike.
import type { FieldContext } from '@/domain/field-context';
import { listParties } from '@/domain/parties';
import type { DocumentWords } from '@/schemas/content/document-strings';
import { clausePath } from '@/schemas/content/template';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';
import type { RichText } from '@/schemas/rich-text';
import { buildDocument } from './build-document';
import type { DocumentModel } from './model';

/** Locales used for dates and amounts in documents, by document language. */
export const documentLocale: Partial<Record<LanguageCode, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** The words content gives for a document language; English is complete, others may be partial. */
export function documentStringsOf(
  registry: ContentRegistry,
  language: LanguageCode,
): Partial<DocumentWords> | undefined {
  const { $schema: _schema, ...byLanguage } = registry.documentStrings;
  return (byLanguage as Partial<Record<LanguageCode, Partial<DocumentWords>>>)[language];
}

/** The words of a document language, English where the language has no word of its own. */
export function documentWords(registry: ContentRegistry, language: LanguageCode): DocumentWords {
  const english = registry.documentStrings.en;
  const other = documentStringsOf(registry, language);
  return { ...english, ...other, values: { ...english.values, ...other?.values } };
}

export interface MakeOptions {
  templateId: string;
  language: LanguageCode;
  now: string;
  /** For a per-authority document. */
  party?: string;
  /** The form context of the document's language (labels and formats). */
  fields: FieldContext;
  clauses: Map<string, RichText>;
}

export function makeDocument(
  dossier: Dossier,
  registry: ContentRegistry,
  options: MakeOptions,
): DocumentModel {
  const template = registry.templates.find((candidate) => candidate.id === options.templateId);
  if (!template) throw new RangeError(`There is no document "${options.templateId}"`);
  if (!template.languages.includes(options.language))
    throw new RangeError(
      `The document "${template.id}" is not available in "${options.language}" (it is in ${template.languages.join(', ')})`,
    );
  if (options.party && !listParties(dossier.answers).some((party) => party.id === options.party))
    throw new RangeError(`The buyers group has no authority "${options.party}"`);
  if (options.party && !template.perParty)
    throw new RangeError(
      `The document "${template.id}" is for the whole buyers group, not for one authority`,
    );
  if (template.perParty && !options.party)
    throw new RangeError(
      `The document "${template.id}" is written for one authority: choose which`,
    );
  return buildDocument(template, dossier, registry, {
    language: options.language,
    locale: documentLocale[options.language] ?? options.language,
    now: options.now,
    fields: options.fields,
    words: documentWords(registry, options.language),
    ...(options.party ? { party: options.party } : {}),
    clauseText: (clauseId, language) =>
      options.clauses.get(clausePath(template.id, clauseId, language)),
  });
}
