// The documents of a dossier: each template with what it is for, the phase whose answers it
// mostly uses (and how far that phase is), and its languages.
import { localise } from '@/domain/localise';
import { phaseOf } from '@/domain/navigation';
import { phaseStatus } from '@/domain/progress';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';
import { StatusTag } from '@/ui/status-tag';
import { languageName } from './language-name';

export interface DocumentsPageProps {
  registry: ContentRegistry;
  dossier: Dossier;
}

export function DocumentsPage({ registry, dossier }: DocumentsPageProps) {
  const { t, language, locale } = useI18n();
  useDocumentTitle(t('documents.title', { name: dossier.name }));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <div className="narrow">
      <PageHeading focusKey="documents" caption={dossier.name}>
        {t('documents.heading')}
      </PageHeading>
      <p className="lead">{t('documents.intro')}</p>
      <ul className="document-list">
        {registry.templates.map((template) => {
          const titleId = `document-${template.id}-title`;
          const phase = phaseOf(registry, template.phase);
          return (
            <li key={template.id} className="document-card" aria-labelledby={titleId}>
              <p className="document-card__nature">{t(`documents.nature.${template.nature}`)}</p>
              <h2 className="document-card__title" id={titleId}>
                <a href={`#/documents/${template.id}`} data-testid={`open-document-${template.id}`}>
                  {localise(template.title, language)}
                </a>
              </h2>
              <p>{localise(template.summary, language)}</p>
              {template.perParty ? <p>{t('documents.perParty')}</p> : null}
              <p className="document-card__meta">
                <span>{t('documents.basedOn', { phase: localise(phase.title, language) })}</span>{' '}
                <StatusTag status={phaseStatus(registry, dossier, template.phase)} />
              </p>
              <p className="document-card__meta">
                {t('documents.languages', {
                  languages: list.format(
                    template.languages.map((code) => languageName(registry, code, language)),
                  ),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
