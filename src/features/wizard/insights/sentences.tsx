// A list of what a rule says, each sentence with the articles behind it.
import type { Said } from '@/domain/statements';
import { toSentence } from '@/domain/statements';
import type { ContentRegistry } from '@/schemas/content-registry';
import { useI18n } from '@/i18n/i18n-context';
import { LegalCitations } from '@/ui/legal-citations';

export function Sentences({
  says,
  registry,
  className,
}: {
  says: Said[];
  registry: ContentRegistry;
  className?: string;
}) {
  const { t, language, locale } = useI18n();
  if (says.length === 0) return null;
  return (
    <ul className={`sentences ${className ?? ''}`}>
      {says.map((said, index) => {
        const sentence = toSentence(said, registry.rules.statements, language, locale);
        return (
          <li key={`${said.id}-${index}`}>
            <p>
              {sentence.text}
              {sentence.unverified ? (
                <strong className="unverified"> {t('insight.unverified')}</strong>
              ) : null}
            </p>
            <LegalCitations refs={sentence.legal} registry={registry} />
          </li>
        );
      })}
    </ul>
  );
}
