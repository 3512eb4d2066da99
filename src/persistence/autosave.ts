// Saves the dossier shortly after the last change, one save at a time, and at once when the
// tab is hidden or closed. A failed save keeps the unsaved copy so the next attempt retries it.
import type { Dossier } from '@/schemas/dossier';
import { classifyStorageError, type StorageProblem } from './storage-error';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; problem: StorageProblem };

export interface AutosaveOptions {
  save: (dossier: Dossier) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  /** Milliseconds after the last change; keeps a save within a second of the last keystroke. */
  delay?: number;
  now?: () => string;
}

export interface Autosave {
  schedule: (dossier: Dossier) => void;
  /** Saves what is pending now; resolves when stored (or failed). */
  flush: () => Promise<void>;
  /** Stops saving, for example when another tab took over. */
  stop: () => void;
  hasPending: () => boolean;
}

export function createAutosave({
  save,
  onStatus,
  delay = 400,
  now = () => new Date().toISOString(),
}: AutosaveOptions): Autosave {
  let pending: Dossier | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const run = async () => {
    if (stopped || !pending) return;
    const dossier = pending;
    pending = undefined;
    onStatus({ state: 'saving' });
    try {
      await save(dossier);
      onStatus(pending ? { state: 'pending' } : { state: 'saved', at: now() });
    } catch (error) {
      // Keep the newest copy for the next attempt, unless a newer change already replaced it.
      pending ??= dossier;
      const problem = classifyStorageError(error);
      if (problem === 'conflict') stopped = true;
      onStatus({ state: 'failed', problem });
    }
  };

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running = running.then(run);
    return running;
  };

  return {
    schedule(dossier) {
      if (stopped) return;
      pending = dossier;
      onStatus({ state: 'pending' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
    hasPending: () => pending !== undefined,
  };
}
