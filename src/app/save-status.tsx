// Tells the user whether their work is safe: read-only because another tab edits the dossier,
// or not saved because storage failed, each with a way out that loses nothing.
import { exportFileName } from '@/dossier/export';
import { serializeDossier } from '@/dossier/file';
import type { SaveStatus } from '@/persistence/autosave';
import type { Dossier } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { downloadFile } from '@/lib/download';
import { nowIso } from '@/lib/ids';
import type { ReadOnlyReason } from './use-dossier-session';

export interface SaveStatusBannerProps {
  save: SaveStatus;
  readOnly?: ReadOnlyReason;
  dossier: Dossier;
  appVersion: string;
  onRetryEditing: () => void;
  onRetrySave: () => void;
}

export function SaveStatusBanner({
  save,
  readOnly,
  dossier,
  appVersion,
  onRetryEditing,
  onRetrySave,
}: SaveStatusBannerProps) {
  const { t } = useI18n();
  const exportNow = () => {
    const savedAt = nowIso();
    downloadFile(
      exportFileName(dossier.name, savedAt),
      serializeDossier(dossier, appVersion, savedAt),
      'application/json',
    );
  };
  const exportButton = (
    <button type="button" className="button button--small" onClick={exportNow}>
      {t('save.exportNow')}
    </button>
  );

  if (readOnly === 'other-tab')
    return (
      <div className="banner banner--info" role="status" data-testid="read-only-banner">
        <p>{t('save.otherTab')}</p>
        <div className="button-row button-row--small">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onRetryEditing}
          >
            {t('save.retryEditing')}
          </button>
        </div>
      </div>
    );
  if (readOnly === 'conflict')
    return (
      <div className="banner banner--warning" role="alert" data-testid="conflict-banner">
        <p>{t('save.conflict')}</p>
        <div className="button-row button-row--small">{exportButton}</div>
      </div>
    );
  if (save.state === 'failed')
    return (
      <div className="banner banner--warning" role="alert" data-testid="save-failed-banner">
        <p>{save.problem === 'quota' ? t('save.quota') : t('save.failed')}</p>
        <div className="button-row button-row--small">
          {exportButton}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onRetrySave}
          >
            {t('save.retry')}
          </button>
        </div>
      </div>
    );
  return null;
}
