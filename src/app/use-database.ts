// Opens the browser database once for the app and reports why it could not be opened.
import { useEffect, useState } from 'react';
import { openDatabase, type Database } from '@/persistence/database';

export type DatabaseState =
  | { status: 'opening' }
  | { status: 'open'; db: Database }
  | { status: 'blocked' }
  | { status: 'upgraded-elsewhere' }
  | { status: 'unavailable' };

export function useDatabase(): DatabaseState {
  const [state, setState] = useState<DatabaseState>({ status: 'opening' });
  useEffect(() => {
    let current = true;
    openDatabase({
      onBlocked: () => current && setState({ status: 'blocked' }),
      onVersionChange: () => current && setState({ status: 'upgraded-elsewhere' }),
    }).then(
      (db) => current && setState({ status: 'open', db }),
      () => current && setState({ status: 'unavailable' }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
