// One open dossier: the tab lock, the lifecycle machine rebuilt from the stored dossier, and
// autosave of every change. Guarantees: a second tab only reads; a save based on an old copy is
// refused (never overwrites); a storage error keeps the unsaved copy and says so.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createActor, type Actor } from 'xstate';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { StoredDossier } from '@/schemas/stored-dossier';
import type { RestoreResult } from '@/dossier/file';
import { lifecycleMachine, type Environment } from '@/machines/lifecycle.machine';
import { createAutosave, type Autosave, type SaveStatus } from '@/persistence/autosave';
import type { Database } from '@/persistence/database';
import { saveDossier } from '@/persistence/library';
import { openStoredDossier } from '@/persistence/open-dossier';
import { openTabChannel } from '@/persistence/tab-channel';
import { acquireDossierLock, type DossierLock } from '@/persistence/tab-lock';

export type LifecycleActor = Actor<typeof lifecycleMachine>;

/** Why the dossier can only be read in this tab. */
export type ReadOnlyReason = 'other-tab' | 'conflict';

export type Session =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'unreadable';
      record: StoredDossier;
      problem: Extract<RestoreResult, { ok: false }>['problem'];
    }
  | { status: 'failed' }
  | {
      status: 'ready';
      actor: LifecycleActor;
      readOnly?: ReadOnlyReason;
      save: SaveStatus;
      migratedFrom?: number;
    };

let persistenceRequested = false;
/** Asks the browser not to evict our data, once, after the first real save. */
function requestPersistence() {
  if (persistenceRequested) return;
  persistenceRequested = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}

export function useDossierSession(
  db: Database,
  id: string,
  registry: ContentRegistry,
  env: Environment,
) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const autosaveRef = useRef<Autosave | undefined>(undefined);
  const lockRef = useRef<DossierLock | undefined>(undefined);
  const retryRef = useRef<() => Promise<void>>(async () => undefined);
  const envRef = useRef(env);
  useEffect(() => {
    envRef.current = env;
  }, [env]);

  useEffect(() => {
    let disposed = false;
    let actor: LifecycleActor | undefined;
    let revision = 0;
    let lastSaved: Dossier | undefined;
    const update = (change: Partial<Extract<Session, { status: 'ready' }>>) =>
      setSession((current) => (current.status === 'ready' ? { ...current, ...change } : current));

    const channel = openTabChannel((message) => {
      if (message.type !== 'dossier-saved' || message.id !== id || !actor) return;
      if (actor.getSnapshot().context.readOnly) void reloadFromStorage();
    });

    const reloadFromStorage = async () => {
      const opened = await openStoredDossier(db, id, envRef.current.now());
      if (opened.status !== 'ok' || !actor || disposed) return;
      revision = opened.revision;
      // The reader stays on the page they are reading; only the answers follow the other tab.
      const position = actor.getSnapshot().context.dossier.position;
      lastSaved = { ...opened.dossier, position };
      actor.send({ type: 'dossier.load', dossier: lastSaved });
    };

    const autosave = createAutosave({
      save: async (dossier) => {
        revision = await saveDossier(db, dossier, revision);
        lastSaved = dossier;
        channel.post({ type: 'dossier-saved', id, revision });
        requestPersistence();
      },
      onStatus: (save) => {
        if (disposed) return;
        if (save.state === 'failed' && save.problem === 'conflict') {
          actor?.send({ type: 'dossier.lock', readOnly: true });
          update({ save, readOnly: 'conflict' });
          return;
        }
        update({ save });
      },
    });
    autosaveRef.current = autosave;

    // Takes the lock if the other tab has let go, then edits the newest stored copy.
    retryRef.current = async () => {
      const lock = await acquireDossierLock(id);
      if (!lock.acquired || disposed) return;
      lockRef.current = lock;
      await reloadFromStorage();
      actor?.send({ type: 'dossier.lock', readOnly: false });
      update({ readOnly: undefined });
    };

    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();

    void (async () => {
      try {
        const lock = await acquireDossierLock(id);
        lockRef.current = lock;
        const opened = await openStoredDossier(db, id, envRef.current.now());
        if (disposed) return lock.release();
        if (opened.status === 'missing') return setSession({ status: 'missing' });
        if (opened.status === 'unreadable')
          return setSession({
            status: 'unreadable',
            record: opened.record,
            problem: opened.problem,
          });
        revision = opened.revision;
        lastSaved = opened.dossier;
        actor = createActor(lifecycleMachine, {
          input: {
            dossier: opened.dossier,
            registry,
            env: envRef.current,
            readOnly: !lock.acquired,
          },
        });
        actor.subscribe((snapshot) => {
          const { dossier, readOnly } = snapshot.context;
          if (!readOnly && dossier !== lastSaved) autosave.schedule(dossier);
        });
        actor.start();
        document.addEventListener('visibilitychange', onVisibility);
        window.addEventListener('pagehide', flush);
        setSession({
          status: 'ready',
          actor,
          readOnly: lock.acquired ? undefined : 'other-tab',
          save: { state: 'idle' },
          migratedFrom: opened.migratedFrom,
        });
      } catch {
        if (!disposed) setSession({ status: 'failed' });
      }
    })();

    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      void autosave.flush().finally(() => {
        autosave.stop();
        lockRef.current?.release();
      });
      channel.close();
      actor?.stop();
    };
  }, [db, id, registry]);

  return useMemo(
    () => ({
      session,
      /** Saves now, e.g. before an export, so the file matches what is stored. */
      flush: () => autosaveRef.current?.flush() ?? Promise.resolve(),
      retryEditing: () => retryRef.current(),
    }),
    [session],
  );
}
