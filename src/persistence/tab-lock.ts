// One tab edits a dossier at a time. The tab that opens it first holds a Web Lock named after
// it; a second tab gets no lock and opens the dossier read-only.
export interface DossierLock {
  acquired: boolean;
  release: () => void;
}

export function lockName(id: string) {
  return `jpp-toolbox:dossier:${id}`;
}

/**
 * Tries a few times before giving up: a tab that was just reloaded, or a view that was just
 * left, releases its lock a moment later.
 */
export async function acquireDossierLock(
  id: string,
  attempts = 4,
  pause = 150,
): Promise<DossierLock> {
  for (let attempt = 1; ; attempt += 1) {
    const lock = await tryLock(id);
    if (lock.acquired || attempt >= attempts) return lock;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function tryLock(id: string): Promise<DossierLock> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // Without Web Locks (very old browsers) the revision check in saveDossier still refuses to
  // overwrite a newer copy; the tab then becomes read-only when it notices.
  if (!locks) return Promise.resolve({ acquired: true, release: () => undefined });
  return new Promise((resolve) => {
    void locks.request(lockName(id), { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve({ acquired: false, release: () => undefined });
        return undefined;
      }
      return new Promise<void>((release) => resolve({ acquired: true, release: () => release() }));
    });
  });
}

/** Whether some tab holds the dossier open right now. */
export async function isDossierOpen(id: string): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.query) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === lockName(id));
}
