// New dossiers and copies. Ids and clocks are passed in, so tests are deterministic.
import { DOSSIER_SCHEMA_VERSION, type Dossier, type Position } from '@/schemas/dossier';

export interface Stamp {
  id: string;
  /** ISO date-time. */
  now: string;
}

export interface NewDossier {
  name: string;
  contentVersion: string;
  /** The first page of the lifecycle, from the content. */
  start: Position;
}

export function createDossier({ name, contentVersion, start }: NewDossier, stamp: Stamp): Dossier {
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: stamp.id,
    name: name.trim(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
    contentVersion,
    answers: {},
    drafts: {},
    progress: { submitted: {}, confirmed: {} },
    position: start,
  };
}

export function duplicateDossier(source: Dossier, name: string, stamp: Stamp): Dossier {
  return {
    ...structuredClone(source),
    id: stamp.id,
    name: name.trim(),
    createdAt: stamp.now,
    updatedAt: stamp.now,
  };
}
