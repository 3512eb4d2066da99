// A list of the articles behind a question or step.
import { formatCitation, uniqueCitations } from '@/domain/legal-references';
import { localise } from '@/domain/localise';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LegalReference } from '@/schemas/legal-reference';
import { useI18n } from '@/i18n/i18n-context';

export function LegalCitations({
  refs,
  registry,
}: {
  refs: LegalReference[];
  registry: ContentRegistry;
}) {
  const { t, language } = useI18n();
  const words = { article: (article: string) => t('legal.article', { article }) };
  if (refs.length === 0) return null;
  return (
    <ul className="citations">
      {uniqueCitations(refs).map((ref) => (
        <li key={`${ref.act}:${ref.article}`}>
          <cite>{formatCitation(ref, registry, language, words)}</cite>
          {ref.note ? (
            <span className="citations__note"> – {localise(ref.note, language)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
