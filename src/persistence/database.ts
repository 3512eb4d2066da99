// The IndexedDB database: one store of dossiers, one of recovery snapshots. Opening it deals
// with the two ways another tab can get in the way of a version upgrade (blocked, blocking).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredDossier, StoredSnapshot } from '@/schemas/stored-dossier';

export const DATABASE_NAME = 'jpp-toolbox';
const DATABASE_VERSION = 1;

interface ToolboxDb extends DBSchema {
  dossiers: { key: string; value: StoredDossier };
  snapshots: { key: number; value: StoredSnapshot; indexes: { byDossier: string } };
}

export type Database = IDBPDatabase<ToolboxDb>;

export interface DatabaseEvents {
  /** An older tab keeps the database open, so this tab cannot upgrade it. */
  onBlocked?: () => void;
  /** A newer version of the app wants to upgrade: this tab must close and reload. */
  onVersionChange?: () => void;
}

export function openDatabase(events: DatabaseEvents = {}, name = DATABASE_NAME): Promise<Database> {
  return openDB<ToolboxDb>(name, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('dossiers', { keyPath: 'id' });
        db.createObjectStore('snapshots', { autoIncrement: true }).createIndex(
          'byDossier',
          'dossierId',
        );
      }
    },
    blocked: () => events.onBlocked?.(),
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      events.onVersionChange?.();
    },
  });
}
