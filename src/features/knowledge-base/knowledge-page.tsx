// The knowledge base: the glossary, searchable, and the library of real cross-border joint
// procurements with their sources. Reachable from every page, with or without a dossier.
import { useEffect, useId, useState } from 'react';
import { formatCitation } from '@/domain/legal-references';
import { localise } from '@/domain/localise';
import type { ContentRegistry } from '@/schemas/content-registry';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/ui/document-title';
import { LegalCitations } from '@/ui/legal-citations';
import { PageHeading } from '@/ui/page-heading';

export interface KnowledgePageProps {
  registry: ContentRegistry;
  /** A term or case to show and focus, from the address (#/knowledge/glossary/cpb). */
  focus?: { section: 'glossary' | 'cases'; id: string };
}

export function KnowledgePage({ registry, focus }: KnowledgePageProps) {
  const { t, language } = useI18n();
  const searchId = useId();
  const [query, setQuery] = useState('');
  useDocumentTitle(t('knowledge.title'));
  const { terms } = registry.knowledge.glossary;
  const { cases } = registry.knowledge.cases;

  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(
      `${focus.section === 'glossary' ? 'term' : 'case'}-${focus.id}`,
    );
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus();
  }, [focus]);

  const words = { article: (article: string) => t('legal.article', { article }) };
  const normalised = query.trim().toLowerCase();
  const shown = [...terms]
    .sort((a, b) => localise(a.term, language).localeCompare(localise(b.term, language), language))
    .filter(
      (term) =>
        normalised === '' ||
        [localise(term.term, language), ...(term.variants ?? [])].some((form) =>
          form.toLowerCase().includes(normalised),
        ),
    );
  const termName = (id: string) => {
    const term = terms.find((candidate) => candidate.id === id);
    return term ? localise(term.term, language) : id;
  };

  return (
    <div className="narrow">
      <PageHeading focusKey={`knowledge-${focus?.id ?? ''}`} caption={t('app.name')}>
        {t('knowledge.title')}
      </PageHeading>
      <p className="lead">{t('knowledge.intro')}</p>
      {window.history.length > 1 ? (
        <button type="button" className="back-link" onClick={() => window.history.back()}>
          {t('knowledge.backToStep')}
        </button>
      ) : null}
      <nav aria-label={t('knowledge.title')}>
        <ul className="inline-links">
          <li>
            <a href="#/knowledge/glossary">{t('knowledge.glossary')}</a>
          </li>
          <li>
            <a href="#/knowledge/cases">{t('knowledge.cases')}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="glossary-title" className="section">
        <h2 id="glossary-title" className="heading-m" tabIndex={-1}>
          {t('knowledge.glossary')}
        </h2>
        <div className="form-group">
          <label className="label" htmlFor={searchId}>
            {t('knowledge.search')}
          </label>
          <div className="hint" id={`${searchId}-hint`}>
            {t('knowledge.searchHint')}
          </div>
          <input
            id={searchId}
            type="search"
            className="input input--medium"
            value={query}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <p className="visually-hidden" role="status">
          {normalised ? `${shown.length} / ${terms.length}` : ''}
        </p>
        {shown.length === 0 ? <p>{t('knowledge.noMatch', { query })}</p> : null}
        <dl className="glossary">
          {shown.map((term) => (
            <div key={term.id} className="glossary__entry" id={`term-${term.id}`} tabIndex={-1}>
              <dt>
                <dfn>{localise(term.term, language)}</dfn>
                {term.variants && term.variants.length > 0 ? (
                  <span className="muted"> ({term.variants.join(', ')})</span>
                ) : null}
              </dt>
              <dd>
                <p>{localise(term.definition, language)}</p>
                <LegalCitations refs={term.legal ?? []} registry={registry} />
                {term.see && term.see.length > 0 ? (
                  <p className="muted">
                    {t('knowledge.see')}:{' '}
                    {term.see.map((id, index) => (
                      <span key={id}>
                        {index > 0 ? ', ' : ''}
                        <a href={`#/knowledge/glossary/${id}`}>{termName(id)}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="cases-title" className="section">
        <h2 id="cases-title" className="heading-m" tabIndex={-1}>
          {t('knowledge.cases')}
        </h2>
        {cases.map((item) => (
          <article
            key={item.id}
            className="case"
            id={`case-${item.id}`}
            tabIndex={-1}
            aria-labelledby={`case-${item.id}-title`}
          >
            <h3 id={`case-${item.id}-title`} className="case__title">
              {localise(item.title, language)}
            </h3>
            <dl className="case__facts">
              <div>
                <dt>{t('knowledge.buyers')}</dt>
                <dd>{localise(item.buyers, language)}</dd>
              </div>
              <div>
                <dt>{t('knowledge.object')}</dt>
                <dd>{localise(item.object, language)}</dd>
              </div>
              <div>
                <dt>{t('knowledge.route')}</dt>
                <dd>
                  {localise(item.route, language)}
                  {item.legal && item.legal.length > 0 ? (
                    <span className="muted">
                      {' '}
                      (
                      {item.legal
                        .map((ref) => formatCitation(ref, registry, language, words))
                        .join('; ')}
                      )
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('knowledge.years')}</dt>
                <dd>{item.years}</dd>
              </div>
              {item.lessons ? (
                <div>
                  <dt>{t('knowledge.lessons')}</dt>
                  <dd>{localise(item.lessons, language)}</dd>
                </div>
              ) : null}
              {item.uncertain ? (
                <div>
                  <dt>{t('knowledge.uncertain')}</dt>
                  <dd>{localise(item.uncertain, language)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('knowledge.sources')}</dt>
                <dd>
                  <ul className="sources">
                    {item.sources.map((source) => (
                      <li key={source.title}>
                        <cite>{source.title}</cite>
                        {source.publisher ? `, ${source.publisher}` : ''}
                        {source.date ? `, ${source.date}` : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
          </article>
        ))}
      </section>
    </div>
  );
}
