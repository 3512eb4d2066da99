// Storage failures, sorted into what the user can do about them.
export type StorageProblem = 'quota' | 'conflict' | 'unavailable' | 'failed';

export class ConflictError extends Error {
  constructor(readonly storedRevision: number) {
    super('The dossier was saved by another tab in the meantime');
    this.name = 'ConflictError';
  }
}

export function classifyStorageError(error: unknown): StorageProblem {
  if (error instanceof ConflictError) return 'conflict';
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  // Chromium sometimes reports a full disk as an AbortError on the transaction.
  if (name === 'QuotaExceededError' || (name === 'AbortError' && /quota/i.test(String(error))))
    return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'unavailable';
  return 'failed';
}
