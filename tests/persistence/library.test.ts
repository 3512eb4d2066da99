import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDossierFile } from '@/dossier/file';
import { openDatabase, type Database } from '@/persistence/database';
import { listDossiers } from '@/persistence/dossier-list';
import {
  addDossier,
  deleteDossier,
  getRecord,
  keepSnapshot,
  listSnapshots,
  saveDossier,
  toRecord,
} from '@/persistence/library';
import { openStoredDossier } from '@/persistence/open-dossier';
import { ConflictError, classifyStorageError } from '@/persistence/storage-error';
import type { Dossier } from '@/schemas/dossier';

const fixture = (() => {
  const result = parseDossierFile(readFileSync('tests/fixtures/dossiers/dossier-v1.json', 'utf8'));
  if (!result.ok) throw new Error('fixture must load');
  return result.dossier;
})();

let db: Database;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = await openDatabase({}, `test-${counter}`);
});

const copy = (changes: Partial<Dossier> = {}): Dossier => ({
  ...structuredClone(fixture),
  ...changes,
});

describe('the dossier library in IndexedDB', () => {
  it('lists dossiers, most recently saved first', async () => {
    await addDossier(
      db,
      copy({
        id: 'a0000000-0000-4000-8000-000000000001',
        name: 'Older',
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    );
    await addDossier(
      db,
      copy({
        id: 'a0000000-0000-4000-8000-000000000002',
        name: 'Newer',
        updatedAt: '2026-06-01T00:00:00.000Z',
      }),
    );
    expect((await listDossiers(db)).map((summary) => summary.name)).toEqual(['Newer', 'Older']);
  });

  it('saves on top of the revision it read, and refuses a save based on an older one', async () => {
    await addDossier(db, copy());
    const revision = await saveDossier(db, copy({ name: 'First tab' }), 1);
    expect(revision).toBe(2);
    await expect(saveDossier(db, copy({ name: 'Second tab, stale' }), 1)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await getRecord(db, fixture.id))?.name).toBe('First tab');
  });

  it('keeps the last five recovery snapshots of a dossier', async () => {
    await addDossier(db, copy());
    for (let index = 0; index < 7; index += 1) {
      await saveDossier(db, copy({ name: `Version ${index}` }), index + 1);
      await keepSnapshot(db, fixture.id, 'manual', `2026-11-0${index + 1}T00:00:00.000Z`);
    }
    const snapshots = await listSnapshots(db, fixture.id);
    expect(snapshots.map((snapshot) => snapshot.record.name)).toEqual([
      'Version 6',
      'Version 5',
      'Version 4',
      'Version 3',
      'Version 2',
    ]);
  });

  it('deletes a dossier with its snapshots', async () => {
    await addDossier(db, copy());
    await keepSnapshot(db, fixture.id, 'manual', '2026-11-01T00:00:00.000Z');
    await deleteDossier(db, fixture.id);
    expect(await listDossiers(db)).toEqual([]);
    expect(await listSnapshots(db, fixture.id)).toEqual([]);
  });

  it('opens a stored dossier', async () => {
    await addDossier(db, copy());
    expect(await openStoredDossier(db, fixture.id, '2026-11-26T00:00:00.000Z')).toEqual({
      status: 'ok',
      dossier: fixture,
      revision: 1,
      migratedFrom: undefined,
    });
  });

  it('will not open, and does not change, a dossier saved by a newer version', async () => {
    const record = { ...toRecord(copy(), 3), schemaVersion: 2 };
    await db.put('dossiers', record);
    const opened = await openStoredDossier(db, fixture.id, '2026-11-26T00:00:00.000Z');
    expect(opened).toMatchObject({
      status: 'unreadable',
      problem: { code: 'newer-version', version: 2 },
    });
    expect(await getRecord(db, fixture.id)).toEqual(record);
    expect((await listDossiers(db))[0]?.supported).toBe(false);
  });

  it('reports a damaged stored dossier with the path of the damage', async () => {
    await db.put('dossiers', { ...toRecord(copy(), 1), dossier: { ...copy(), name: '' } });
    expect(await openStoredDossier(db, fixture.id, '2026-11-26T00:00:00.000Z')).toMatchObject({
      status: 'unreadable',
      problem: { code: 'invalid-dossier', issues: [{ path: 'dossier.name' }] },
    });
  });

  it('says when a dossier is not there', async () => {
    expect(await openStoredDossier(db, 'missing', '2026-11-26T00:00:00.000Z')).toEqual({
      status: 'missing',
    });
  });
});

describe('storage errors', () => {
  it.each<[unknown, string]>([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    [new DOMException('Transaction aborted: quota exceeded', 'AbortError'), 'quota'],
    [new ConflictError(3), 'conflict'],
    [new DOMException('closing', 'InvalidStateError'), 'unavailable'],
    [new Error('something else'), 'failed'],
  ])('%s is %s', (error, problem) => expect(classifyStorageError(error)).toBe(problem));
});
