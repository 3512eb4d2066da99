// The guidance beside a step: its Markdown text, loaded when the step opens, and the
// "Why am I asked this?" reason with its articles.
import { useEffect, useMemo, useState } from 'react';
import { loadGuidance, type Guidance } from '@/content-loader/registry';
import { glossaryMatcher, markTerms } from '@/domain/glossary-matcher';
import { localise } from '@/domain/localise';
import type { RegisteredStep, ContentRegistry } from '@/schemas/content-registry';
import { useI18n } from '@/i18n/i18n-context';
import { LegalCitations } from '@/ui/legal-citations';
import { GlossaryContext } from '@/ui/glossary-terms';
import { RichText } from '@/ui/rich-text';

export function WhyAsked({ step, registry }: { step: RegisteredStep; registry: ContentRegistry }) {
  const { t, language } = useI18n();
  const fieldRefs = step.fields.flatMap((field) => field.legal ?? []);
  return (
    <details className="details why">
      <summary className="details__summary">{t('wizard.whyAsked')}</summary>
      <div className="details__text">
        <p>{localise(step.why.text, language)}</p>
        <LegalCitations refs={[...step.why.legal, ...fieldRefs]} registry={registry} />
      </div>
    </details>
  );
}

export function GuidancePanel({
  step,
  registry,
}: {
  step: RegisteredStep;
  registry: ContentRegistry;
}) {
  const { t, language } = useI18n();
  // Remembers which step the loaded guidance belongs to, so a new step shows "loading" at once.
  const [loaded, setLoaded] = useState<
    { key: string; guidance: Guidance | 'missing' } | undefined
  >();
  const key = `${step.id}:${language}`;
  useEffect(() => {
    let current = true;
    loadGuidance(registry, step.id, language).then(
      (guidance) => current && setLoaded({ key, guidance: guidance ?? 'missing' }),
      () => current && setLoaded({ key, guidance: 'missing' }),
    );
    return () => {
      current = false;
    };
  }, [registry, step.id, language, key]);
  const guidance = loaded?.key === key ? loaded.guidance : 'loading';
  const { terms } = registry.knowledge.glossary;
  const matcher = useMemo(() => glossaryMatcher(terms, language), [terms, language]);
  const lookup = useMemo(
    () => (id: string) => {
      const term = terms.find((candidate) => candidate.id === id);
      return term
        ? { term: localise(term.term, language), definition: localise(term.definition, language) }
        : undefined;
    },
    [terms, language],
  );

  return (
    <aside className="guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title" className="guidance__title">
        {t('wizard.guidance')}
      </h2>
      {guidance === 'loading' ? <p>{t('common.loading')}</p> : null}
      {guidance === 'missing' ? <p>{t('wizard.guidanceMissing')}</p> : null}
      {typeof guidance === 'object' ? (
        <GlossaryContext.Provider value={lookup}>
          <div lang={guidance.language} className="prose">
            <RichText tree={markTerms(guidance.tree, matcher)} headingOffset={1} />
          </div>
        </GlossaryContext.Provider>
      ) : null}
      <p className="guidance__more">
        <a href="#/knowledge">{t('wizard.knowledgeLink')}</a>
      </p>
    </aside>
  );
}
