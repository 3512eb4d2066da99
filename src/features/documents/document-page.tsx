// One document: choose its language (and, for a letter, the authority it is from), see what is
// missing, read the preview, and download it as DOCX or PDF. A draft with gaps can still be
// downloaded, after the user has seen the list of what is missing.
import { useId, useState } from 'react';
import type { FileFormat } from '@/documents/document-file';
import { documentWords } from '@/documents/make-document';
import { DocumentView } from '@/documents/html/document-view';
import { localise } from '@/domain/localise';
import { isPageReachable } from '@/domain/navigation';
import { listParties } from '@/domain/parties';
import type { Template } from '@/schemas/content/template';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode, PhaseId } from '@/schemas/ids';
import { useI18n } from '@/i18n/i18n-context';
import { nowIso } from '@/lib/ids';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';
import { exportDocument } from './export-document';
import { languageName } from './language-name';
import { MissingInformation } from './missing-information';
import { FontLoadError } from './pdf-fonts';
import { useDocument } from './use-document';

export interface DocumentPageProps {
  registry: ContentRegistry;
  dossier: Dossier;
  template: Template;
  onOpenStep: (phase: PhaseId, step: string) => void;
}

type Outcome = { kind: 'busy' | 'done' | 'failed'; text: string };

const LISTED_IN_DIALOG = 12;

export function DocumentPage({ registry, dossier, template, onOpenStep }: DocumentPageProps) {
  const { t, language: uiLanguage } = useI18n();
  const id = useId();
  const title = localise(template.title, uiLanguage);
  useDocumentTitle(`${title}: ${dossier.name}`);
  const parties = listParties(dossier.answers);
  const [language, setLanguage] = useState<LanguageCode>(
    template.languages.includes(uiLanguage) ? uiLanguage : 'en',
  );
  const [chosenParty, setParty] = useState<string | undefined>(undefined);
  const party = template.perParty
    ? (parties.find((candidate) => candidate.id === chosenParty) ?? parties[0])?.id
    : undefined;
  const [now] = useState(nowIso);
  const state = useDocument(registry, dossier, template, language, party, now);
  const [confirming, setConfirming] = useState<FileFormat | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const marker = documentWords(registry, language).missing.replace('{what}', '…');

  const download = async (format: FileFormat) => {
    setConfirming(undefined);
    if (state.status !== 'ready') return;
    setOutcome({
      kind: 'busy',
      text: t('documents.making', { format: t(`documents.format.${format}`) }),
    });
    // Let the busy message paint before the work blocks the main thread.
    await new Promise((resolve) => window.setTimeout(resolve));
    try {
      const file = await exportDocument(state.build(nowIso()), format, registry);
      setOutcome({ kind: 'done', text: t('documents.made', { file }) });
    } catch (error) {
      const reason =
        error instanceof FontLoadError
          ? t('documents.fontsFailed')
          : error instanceof Error
            ? error.message
            : String(error);
      setOutcome({
        kind: 'failed',
        text: t('documents.failed', { format: t(`documents.format.${format}`), reason }),
      });
    }
  };
  const ask = (format: FileFormat) => {
    if (state.status === 'ready' && state.model.missing.length > 0) setConfirming(format);
    else void download(format);
  };

  const ready =
    state.status === 'ready' && !(template.perParty && parties.length === 0) ? state : undefined;
  return (
    <div className="document-page">
      <a href="#/documents" className="back-link">
        {t('documents.allDocuments')}
      </a>
      <PageHeading focusKey={`document-${template.id}`} caption={dossier.name}>
        {title}
      </PageHeading>
      <p className="lead">{localise(template.summary, uiLanguage)}</p>
      <div className="document-layout">
        <div className="document-layout__controls">
          <div className="document-options">
            {template.languages.length > 1 ? (
              <div className="form-group">
                <label className="label" htmlFor={`${id}-language`}>
                  {t('documents.languageLabel')}
                </label>
                <p className="hint" id={`${id}-language-hint`}>
                  {t('documents.languageHint')}
                </p>
                <select
                  id={`${id}-language`}
                  className="select"
                  value={language}
                  aria-describedby={`${id}-language-hint`}
                  onChange={(event) => {
                    const chosen = template.languages.find((code) => code === event.target.value);
                    if (chosen) setLanguage(chosen);
                    setOutcome(undefined);
                  }}
                >
                  {template.languages.map((code) => (
                    <option key={code} value={code}>
                      {languageName(registry, code, uiLanguage)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {template.perParty && parties.length > 0 ? (
              <div className="form-group">
                <label className="label" htmlFor={`${id}-party`}>
                  {t('documents.partyLabel')}
                </label>
                <select
                  id={`${id}-party`}
                  className="select"
                  value={party}
                  onChange={(event) => {
                    setParty(event.target.value);
                    setOutcome(undefined);
                  }}
                >
                  {parties.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name || candidate.id}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>

          {template.perParty && parties.length === 0 ? (
            <div className="notice notice--warning">
              <p>{t('documents.noParties')}</p>
              <a
                href="#/preparation/buyers-group"
                onClick={(event) => {
                  event.preventDefault();
                  onOpenStep('preparation', 'buyers-group');
                }}
              >
                {t('documents.noPartiesLink')}
              </a>
            </div>
          ) : state.status === 'loading' ? (
            <p role="status">{t('documents.loading')}</p>
          ) : state.status === 'failed' ? (
            <p role="alert" className="error-message">
              {t('documents.loadFailed')}
            </p>
          ) : null}
          {ready ? (
            <>
              <MissingInformation
                missing={ready.model.missing}
                marker={marker}
                canOpen={(phase, step) => isPageReachable(registry, dossier, { phase, step })}
                onOpenStep={onOpenStep}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  data-testid="download-docx"
                  disabled={outcome?.kind === 'busy'}
                  onClick={() => ask('docx')}
                >
                  {t('documents.downloadDocx')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="download-pdf"
                  disabled={outcome?.kind === 'busy'}
                  onClick={() => ask('pdf')}
                >
                  {t('documents.downloadPdf')}
                </button>
              </div>
              <p className="hint">{t('documents.formatsHint')}</p>
              <div role="status" aria-live="polite" className="document-outcome">
                {outcome && outcome.kind !== 'failed' ? outcome.text : null}
              </div>
              {outcome?.kind === 'failed' ? (
                <p role="alert" className="error-message" data-testid="document-export-error">
                  {outcome.text}
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        {ready ? (
          <div className="document-layout__preview">
            <p className="muted">{t('documents.previewNote')}</p>
            <section
              className="document-preview"
              aria-label={t('documents.previewLabel', { title: ready.model.title })}
              data-testid="document-preview"
            >
              <DocumentView
                model={ready.model}
                words={documentWords(registry, language)}
                headingLevel={2}
              />
            </section>
          </div>
        ) : null}
      </div>
      {ready ? (
        <ConfirmDialog
          open={confirming !== undefined}
          title={t('documents.confirmTitle')}
          confirmLabel={t('documents.downloadAnyway')}
          cancelLabel={t('documents.goBack')}
          onConfirm={() => confirming && void download(confirming)}
          onCancel={() => setConfirming(undefined)}
        >
          <p>{t('documents.confirmText', { marker })}</p>
          <ul className="missing-list" data-testid="confirm-missing-list">
            {ready.model.missing.slice(0, LISTED_IN_DIALOG).map((entry) => (
              <li key={`${entry.clause}|${entry.what}`}>
                {t('documents.missingItem', { what: entry.what, clause: entry.clause })}
              </li>
            ))}
          </ul>
          {ready.model.missing.length > LISTED_IN_DIALOG ? (
            <p>
              {t('documents.confirmMore', {
                count: ready.model.missing.length - LISTED_IN_DIALOG,
              })}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
