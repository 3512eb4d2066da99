// Citations as people read them: "Directive 2014/24/EU, Article 39(4)".
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LanguageCode } from '@/schemas/ids';
import type { LegalReference } from '@/schemas/legal-reference';
import { localise } from './localise';

export const LEGAL_ACTS_LIST = 'legal-acts';

export interface CitationWords {
  /** "Article {article}" in the reader's language. */
  article: (article: string) => string;
}

export function formatCitation(
  ref: LegalReference,
  registry: ContentRegistry,
  language: LanguageCode,
  words: CitationWords,
): string {
  const act = registry.lists[LEGAL_ACTS_LIST]?.options.find((option) => option.id === ref.act);
  const actName = act ? localise(act.label, language) : ref.act;
  // "39(4)" is an article; "Section 1", "Annex V" or "Recital 71" name themselves.
  const part = /^\d/.test(ref.article) ? words.article(ref.article) : ref.article;
  return `${actName}, ${part}`;
}

/** Citations without repeats, in the order given. */
export function uniqueCitations(refs: LegalReference[]): LegalReference[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.act}:${ref.article}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
