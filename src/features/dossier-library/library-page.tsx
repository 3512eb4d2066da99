// The dossier library: every joint procurement prepared in this browser, with create, open,
// rename, duplicate, export, import and delete.
import { useEffect, useRef, useState } from 'react';
import { describeImportProblem, type ImportMessage } from '@/dossier/import-messages';
import type { Database } from '@/persistence/database';
import type { DossierSummary } from '@/persistence/dossier-list';
import { isDossierOpen } from '@/persistence/tab-lock';
import type { Dossier, Position } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { downloadFile } from '@/lib/download';
import { useAnnounce } from '@/ui/announcer';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';
import { CreateDossierForm } from './create-dossier-form';
import { RenameDialog } from './rename-dialog';
import { useLibrary } from './use-library';

export interface LibraryPageProps {
  db: Database;
  appVersion: string;
  onOpen: (id: string) => void;
  /** Content facts a new dossier needs; loaded with the content. */
  loadNewDossierContent: () => Promise<{ contentVersion: string; start: Position }>;
}

type Pending =
  | { kind: 'delete'; dossier: DossierSummary }
  | { kind: 'rename'; dossier: DossierSummary }
  | { kind: 'import-existing'; dossier: Dossier; existing: string };

/** The actions read and validate dossiers with zod; they load on first use. */
const loadActions = () => import('./library-actions');

export function LibraryPage({ db, appVersion, onOpen, loadNewDossierContent }: LibraryPageProps) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const { state, refresh } = useLibrary(db);
  const [pending, setPending] = useState<Pending | undefined>();
  const [importError, setImportError] = useState<ImportMessage | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [createError, setCreateError] = useState(false);
  useDocumentTitle(t('library.title'), importError !== undefined || createError);

  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );

  const guardOpenElsewhere = async (id: string) => {
    if (await isDossierOpen(id)) {
      setNotice(t('library.openElsewhere'));
      return true;
    }
    return false;
  };

  const create = async (name: string) => {
    const content = await loadNewDossierContent();
    const dossier = await (await loadActions()).createNew(db, name, content);
    announce(t('library.created', { name }));
    onOpen(dossier.id);
  };

  const exportOne = async (summary: DossierSummary) => {
    const file = await (await loadActions()).exportFile(db, summary.id, appVersion);
    if (!file) return;
    downloadFile(file.name, file.text, 'application/json');
    announce(t('library.exported', { name: summary.name }));
  };

  const duplicateOne = async (summary: DossierSummary) => {
    const copy = await (
      await loadActions()
    ).duplicate(db, summary.id, t('library.copyName', { name: summary.name }));
    if (copy) announce(t('library.duplicated', { name: copy.name }));
    await refresh();
  };

  const [importAttempt, setImportAttempt] = useState(0);
  const showImportError = (message: ImportMessage) => {
    setImportError(message);
    setImportAttempt((count) => count + 1);
  };
  useEffect(() => {
    if (importAttempt > 0) errorRef.current?.focus();
  }, [importAttempt]);

  const importChosen = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    setImportError(undefined);
    const result = await (await loadActions()).readImportFile(file);
    if (!result.ok) {
      showImportError(describeImportProblem(result.problem, t));
      return;
    }
    const existing = await (await loadActions()).findExisting(db, result.dossier.id);
    if (existing) {
      setPending({ kind: 'import-existing', dossier: result.dossier, existing: existing.name });
      return;
    }
    await (await loadActions()).storeImported(db, result.dossier, 'new');
    announce(t('library.imported', { name: result.dossier.name }));
    await refresh();
  };

  const dossiers = state.status === 'ready' ? state.dossiers : [];

  return (
    <div className="narrow">
      <PageHeading focusKey="library" caption={t('app.name')}>
        {t('library.heading')}
      </PageHeading>
      <p className="lead">{t('library.intro')}</p>
      <div className="notice" role="note">
        <p>{t('library.storageNote')}</p>
      </div>

      <CreateDossierForm onCreate={create} onErrorChange={setCreateError} />

      <section aria-labelledby="import-title" className="section">
        <h2 className="heading-m" id="import-title">
          {t('library.importHeading')}
        </h2>
        <p>{t('library.importText')}</p>
        {importError ? (
          <div
            className="error-summary"
            ref={errorRef}
            tabIndex={-1}
            aria-labelledby="import-error-title"
            data-testid="import-error"
          >
            <div role="alert">
              <h3 id="import-error-title" className="error-summary__title">
                {t('import.failedTitle')}
              </h3>
              <p>{importError.summary}</p>
              {importError.details.length > 0 ? (
                <ul className="error-summary__details">
                  {importError.details.map((detail) => (
                    <li key={detail}>
                      <code>{detail}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
              {importError.total !== undefined && importError.total > importError.details.length ? (
                <p>
                  {t('import.moreProblems', {
                    count: importError.total - importError.details.length,
                  })}
                </p>
              ) : null}
              <p>{t('import.nothingChanged')}</p>
            </div>
          </div>
        ) : null}
        <label className="button button--secondary file-button">
          {t('library.importButton')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="file-button__input"
            data-testid="import-input"
            onChange={(event) => void importChosen(event.target.files?.[0])}
          />
        </label>
      </section>

      <section aria-labelledby="dossiers-title" className="section">
        <h2 className="heading-m" id="dossiers-title">
          {t('library.listHeading')}
        </h2>
        {notice ? (
          <div className="notice" role="alert">
            <p>{notice}</p>
          </div>
        ) : null}
        {state.status === 'loading' ? <p>{t('common.loading')}</p> : null}
        {state.status === 'failed' ? (
          <p className="error-message">{t('library.loadFailed')}</p>
        ) : null}
        {state.status === 'ready' && dossiers.length === 0 ? <p>{t('library.empty')}</p> : null}
        <ul className="dossier-list">
          {dossiers.map((dossier) => (
            <li key={dossier.id} className="dossier-card">
              <h3 className="dossier-card__title">
                {dossier.supported ? (
                  <a
                    href="#/overview"
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(dossier.id);
                    }}
                  >
                    {dossier.name}
                  </a>
                ) : (
                  dossier.name
                )}
              </h3>
              <p className="dossier-card__meta">
                {t('library.lastSaved', { date: formatDate(dossier.updatedAt) })}
              </p>
              {!dossier.supported ? <p className="notice">{t('library.newerVersion')}</p> : null}
              <div className="button-row button-row--small">
                {dossier.supported ? (
                  <button
                    aria-label={`${t('library.rename')} ${dossier.name}`}
                    type="button"
                    className="button button--secondary button--small"
                    onClick={async () => {
                      setNotice(undefined);
                      if (!(await guardOpenElsewhere(dossier.id)))
                        setPending({ kind: 'rename', dossier });
                    }}
                  >
                    {t('library.rename')}
                  </button>
                ) : null}
                {dossier.supported ? (
                  <button
                    aria-label={`${t('library.duplicate')} ${dossier.name}`}
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => void duplicateOne(dossier)}
                  >
                    {t('library.duplicate')}
                  </button>
                ) : null}
                <button
                  aria-label={`${t('library.export')} ${dossier.name}`}
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void exportOne(dossier)}
                >
                  {t('library.export')}
                </button>
                <button
                  aria-label={`${t('library.delete')} ${dossier.name}`}
                  type="button"
                  className="button button--warning button--small"
                  onClick={async () => {
                    setNotice(undefined);
                    if (!(await guardOpenElsewhere(dossier.id)))
                      setPending({ kind: 'delete', dossier });
                  }}
                >
                  {t('library.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <ConfirmDialog
        open={pending?.kind === 'delete'}
        title={
          pending?.kind === 'delete' ? t('library.deleteTitle', { name: pending.dossier.name }) : ''
        }
        confirmLabel={t('library.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setPending(undefined)}
        onConfirm={async () => {
          if (pending?.kind !== 'delete') return;
          setPending(undefined);
          await (await loadActions()).remove(db, pending.dossier.id);
          announce(t('library.deleted', { name: pending.dossier.name }));
          await refresh();
        }}
      >
        <p>{t('library.deleteText')}</p>
      </ConfirmDialog>

      <RenameDialog
        open={pending?.kind === 'rename'}
        currentName={pending?.kind === 'rename' ? pending.dossier.name : ''}
        onCancel={() => setPending(undefined)}
        onRename={async (name) => {
          if (pending?.kind !== 'rename') return;
          setPending(undefined);
          await (await loadActions()).rename(db, pending.dossier.id, name);
          announce(t('library.renamed', { name }));
          await refresh();
        }}
      />

      <ConfirmDialog
        open={pending?.kind === 'import-existing'}
        title={t('import.existsTitle')}
        confirmLabel={t('import.replace')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setPending(undefined)}
        alternative={{
          label: t('import.asCopy'),
          onSelect: async () => {
            if (pending?.kind !== 'import-existing') return;
            setPending(undefined);
            const copy = await (
              await loadActions()
            ).storeImported(
              db,
              pending.dossier,
              'copy',
              t('library.importedCopyName', { name: pending.dossier.name }),
            );
            announce(t('library.imported', { name: copy.name }));
            await refresh();
          },
        }}
        onConfirm={async () => {
          if (pending?.kind !== 'import-existing') return;
          setPending(undefined);
          if (await guardOpenElsewhere(pending.dossier.id)) return;
          await (await loadActions()).storeImported(db, pending.dossier, 'replace');
          announce(t('library.imported', { name: pending.dossier.name }));
          await refresh();
        }}
      >
        <p>
          {pending?.kind === 'import-existing'
            ? t('import.existsText', { name: pending.existing })
            : null}
        </p>
      </ConfirmDialog>
    </div>
  );
}
