// A stored dossier this version cannot open: newer, or damaged. It is never rewritten; the
// user can still take its data away as a file.
import type { RestoreResult } from '@/dossier/file';
import { describeImportProblem } from '@/dossier/import-messages';
import { exportFileName, serializeStoredRecord } from '@/dossier/export';
import type { StoredDossier } from '@/schemas/stored-dossier';
import { useI18n } from '@/i18n/i18n-context';
import { downloadFile } from '@/lib/download';
import { nowIso } from '@/lib/ids';
import { PageHeading } from '@/ui/page-heading';

export function UnreadableDossier({
  record,
  problem,
  appVersion,
}: {
  record: StoredDossier;
  problem: Extract<RestoreResult, { ok: false }>['problem'];
  appVersion: string;
}) {
  const { t } = useI18n();
  const message = describeImportProblem(problem, t);
  return (
    <div className="narrow">
      <PageHeading focusKey="unreadable">{record.name}</PageHeading>
      <div className="banner banner--warning" role="alert">
        <p>
          {problem.code === 'newer-version'
            ? t('workspace.newerStored')
            : t('workspace.damagedStored')}
        </p>
        <p>{message.summary}</p>
      </div>
      <p>{t('workspace.unreadableKept')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            const savedAt = nowIso();
            downloadFile(
              exportFileName(record.name, savedAt),
              serializeStoredRecord(record, appVersion, savedAt),
              'application/json',
            );
          }}
        >
          {t('save.exportNow')}
        </button>
        <a className="button button--secondary" href="#/">
          {t('workspace.toLibrary')}
        </a>
      </div>
    </div>
  );
}
