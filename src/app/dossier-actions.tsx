// Actions on the open dossier shown on its overview: export it to a file, rename it.
import { useState } from 'react';
import { exportFileName } from '@/dossier/export';
import { serializeDossier } from '@/dossier/file';
import type { LifecycleEvent } from '@/machines/lifecycle.machine';
import type { Dossier } from '@/schemas/dossier';
import { RenameDialog } from '@/features/dossier-library/rename-dialog';
import { useI18n } from '@/i18n/i18n-context';
import { downloadFile } from '@/lib/download';
import { nowIso } from '@/lib/ids';
import { useAnnounce } from '@/ui/announcer';

export interface DossierActionsProps {
  dossier: Dossier;
  appVersion: string;
  readOnly: boolean;
  flush: () => Promise<void>;
  send: (event: LifecycleEvent) => void;
}

export function DossierActions({
  dossier,
  appVersion,
  readOnly,
  flush,
  send,
}: DossierActionsProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [renaming, setRenaming] = useState(false);
  return (
    <div className="button-row button-row--small">
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="export-dossier"
        onClick={async () => {
          await flush();
          const savedAt = nowIso();
          downloadFile(
            exportFileName(dossier.name, savedAt),
            serializeDossier(dossier, appVersion, savedAt),
            'application/json',
          );
          announce(t('library.exported', { name: dossier.name }));
        }}
      >
        {t('workspace.export')}
      </button>
      {readOnly ? null : (
        <button
          aria-label={`${t('library.rename')} ${dossier.name}`}
          type="button"
          className="button button--secondary button--small"
          onClick={() => setRenaming(true)}
        >
          {t('library.rename')}
        </button>
      )}
      <RenameDialog
        open={renaming}
        currentName={dossier.name}
        onCancel={() => setRenaming(false)}
        onRename={(name) => {
          setRenaming(false);
          send({ type: 'dossier.rename', name });
          announce(t('library.renamed', { name }));
        }}
      />
    </div>
  );
}
