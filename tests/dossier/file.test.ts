import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossierFile, serializeDossier, type ImportProblem } from '@/dossier/file';
import { describeImportProblem } from '@/dossier/import-messages';
import { translateEn } from '@/i18n/i18n';
import { MAX_DOSSIER_FILE_BYTES } from '@/schemas/dossier-file';

const fixture = readFileSync('tests/fixtures/dossiers/dossier-v1.json', 'utf8');
const envelope = JSON.parse(fixture) as { dossier: Record<string, unknown> } & Record<
  string,
  unknown
>;
const withDossier = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...envelope, dossier: { ...envelope.dossier, ...changes } });

function problem(text: string, bytes?: number): ImportProblem {
  const result = parseDossierFile(text, bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

describe('dossier files', () => {
  it('reads the frozen version-1 fixture', () => {
    const result = parseDossierFile(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dossier.name).toBe('Thermal cameras for land borders 2027');
    expect(result.envelope).toMatchObject({
      format: 'jpp-toolbox-dossier',
      schemaVersion: 1,
      appVersion: '0.1.0',
    });
  });

  it('round-trips: export then import gives exactly the same dossier', () => {
    const first = parseDossierFile(fixture);
    if (!first.ok) throw new Error('fixture must load');
    const again = parseDossierFile(
      serializeDossier(first.dossier, '9.9.9', '2027-01-01T00:00:00.000Z'),
    );
    expect(again.ok && again.dossier).toEqual(first.dossier);
  });

  it.each<[string, string, Partial<ImportProblem>]>([
    ['an empty file', '', { code: 'empty' }],
    ['a file of spaces', '   \n', { code: 'empty' }],
    ['text that is not JSON', 'hello', { code: 'not-json' }],
    ['JSON cut short', fixture.slice(0, 400), { code: 'not-json' }],
    ['a JSON list', '[1,2]', { code: 'not-an-object' }],
    ['JSON without a format', '{"name":"x"}', { code: 'wrong-format', found: undefined }],
    [
      'another tool’s file',
      '{"format":"ocds-release-package"}',
      { code: 'wrong-format', found: 'ocds-release-package' },
    ],
    [
      'a newer version',
      JSON.stringify({ ...envelope, schemaVersion: 99 }),
      { code: 'newer-version', version: 99, supported: 1 },
    ],
    [
      'a version that is text',
      JSON.stringify({ ...envelope, schemaVersion: '1' }),
      { code: 'bad-envelope' },
    ],
    [
      'a version that is zero',
      JSON.stringify({ ...envelope, schemaVersion: 0 }),
      { code: 'bad-envelope' },
    ],
    [
      'an extra field in the envelope',
      JSON.stringify({ ...envelope, extra: 1 }),
      { code: 'bad-envelope' },
    ],
  ])('refuses %s', (_name, text, expected) => {
    expect(problem(text)).toMatchObject(expected);
  });

  it('refuses a file over 20 MB before reading it', () => {
    expect(problem('{}', MAX_DOSSIER_FILE_BYTES + 1)).toEqual({
      code: 'too-large',
      bytes: MAX_DOSSIER_FILE_BYTES + 1,
      limit: MAX_DOSSIER_FILE_BYTES,
    });
  });

  it('says where JSON breaks', () => {
    expect(problem('{\n  "format": "jpp-toolbox-dossier",\n  "x": }')).toEqual({
      code: 'not-json',
      line: 3,
      column: 8,
    });
  });

  it('names the JSON path of an invalid field', () => {
    expect(problem(withDossier({ name: '' }))).toEqual({
      code: 'invalid-dossier',
      issues: [{ path: 'dossier.name', message: 'must not be empty' }],
      total: 1,
    });
    const nested = JSON.parse(fixture) as {
      dossier: { answers: Record<string, Record<string, unknown[]>> };
    };
    (nested.dossier.answers['buyers-group']?.authorities?.[1] as Record<string, unknown>).name = {
      text: 'x',
    };
    const found = problem(JSON.stringify(nested));
    expect(found).toMatchObject({ code: 'invalid-dossier' });
    expect(found.code === 'invalid-dossier' && found.issues[0]?.path).toBe(
      'dossier.answers.buyers-group.authorities[1].name',
    );
  });

  it('refuses unknown keys, so nothing unexpected is copied in', () => {
    const found = problem(withDossier({ surprise: true }));
    expect(found).toMatchObject({
      code: 'invalid-dossier',
      issues: [{ path: 'dossier', message: 'has a field this version does not know: surprise' }],
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key and leaves Object.prototype clean',
    (key) => {
      const text = fixture.replace(
        '"answers": {',
        `"answers": { "${key}": { "polluted": { "x": 1 } },`,
      );
      expect(problem(text)).toEqual({ code: 'forbidden-key', key });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('lists at most 10 problems and counts the rest', () => {
    const answers = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`step-${index}`, { field: { bad: true } }]),
    );
    const found = problem(withDossier({ answers }));
    expect(found.code === 'invalid-dossier' && [found.issues.length, found.total]).toEqual([
      10, 30,
    ]);
  });

  it('accepts a byte-order mark at the start', () => {
    expect(parseDossierFile(`\uFEFF${fixture}`).ok).toBe(true);
  });

  it('keeps text exactly, whatever it contains', () => {
    const text = 'Ελληνική {{party}} <script>x</script> ș ț ł ř Ж 🙂';
    const result = parseDossierFile(withDossier({ name: text }));
    expect(result.ok && result.dossier.name).toBe(text);
  });
});

describe('import messages', () => {
  it.each<[ImportProblem, RegExp]>([
    [
      { code: 'too-large', bytes: 25 * 1024 * 1024, limit: MAX_DOSSIER_FILE_BYTES },
      /25\.0 MB.*at most 20\.0 MB/,
    ],
    [{ code: 'not-json', line: 3, column: 8 }, /line 3, column 8/],
    [
      { code: 'wrong-format', found: 'ocds-release-package' },
      /its format is "ocds-release-package"/,
    ],
    [{ code: 'newer-version', version: 3, supported: 1 }, /newer version.*format 3.*up to 1/],
  ])('describes %j', (found, pattern) => {
    expect(describeImportProblem(found, translateEn).summary).toMatch(pattern);
  });
});
