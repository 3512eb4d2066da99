import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossierFile } from '@/dossier/file';
import { migrateDossier, migrations } from '@/dossier/migrations';
import { DOSSIER_SCHEMA_VERSION } from '@/schemas/dossier';

describe('migrations', () => {
  it('has one migration for every version step up to the current version', () => {
    for (let version = 1; version < DOSSIER_SCHEMA_VERSION; version += 1)
      expect(migrations[version]).toBeTypeOf('function');
  });

  it.each(readdirSync('tests/fixtures/dossiers').filter((file) => file.endsWith('.json')))(
    'imports the frozen fixture %s',
    (file) => {
      const result = parseDossierFile(readFileSync(`tests/fixtures/dossiers/${file}`, 'utf8'));
      expect(result.ok).toBe(true);
    },
  );

  it('runs each step in order and stamps the new version', () => {
    const steps = {
      1: (data: Record<string, unknown>) => ({ ...data, renamed: data.old }),
      2: (data: Record<string, unknown>) => ({
        ...data,
        seen: [...((data.seen as number[]) ?? []), 2],
      }),
    };
    expect(migrateDossier({ old: 'x', schemaVersion: 1 }, 1, steps, 3)).toEqual({
      ok: true,
      from: 1,
      dossier: { old: 'x', renamed: 'x', seen: [2], schemaVersion: 3 },
    });
  });

  it('refuses data from a newer version instead of guessing', () => {
    expect(migrateDossier({}, 4, {}, 3)).toEqual({ ok: false, reason: 'newer', version: 4 });
  });

  it('refuses a version it has no path from', () => {
    expect(migrateDossier({}, 1, {}, 2)).toEqual({ ok: false, reason: 'unknown', version: 1 });
  });
});
