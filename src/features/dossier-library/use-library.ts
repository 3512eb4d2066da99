// The list of dossiers in this browser, kept current when other tabs change it.
import { useCallback, useEffect, useState } from 'react';
import type { Database } from '@/persistence/database';
import { listDossiers, type DossierSummary } from '@/persistence/dossier-list';
import { watchLibrary } from '@/persistence/library-events';

export type LibraryState =
  { status: 'loading' } | { status: 'ready'; dossiers: DossierSummary[] } | { status: 'failed' };

export function useLibrary(db: Database) {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const refresh = useCallback(
    () =>
      listDossiers(db).then(
        (dossiers) => setState({ status: 'ready', dossiers }),
        () => setState({ status: 'failed' }),
      ),
    [db],
  );
  useEffect(() => {
    let active = true;
    const load = () =>
      listDossiers(db).then(
        (dossiers) => active && setState({ status: 'ready', dossiers }),
        () => active && setState({ status: 'failed' }),
      );
    void load();
    const stop = watchLibrary(() => void load());
    return () => {
      active = false;
      stop();
    };
  }, [db]);
  return { state, refresh };
}
