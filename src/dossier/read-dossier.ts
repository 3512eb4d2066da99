// Reading a dossier file's text into a dossier the app can use: the envelope and schema checks
// of parseDossierFile, then that every answer has the shape its question stores. Shared by the
// import in the browser and by `jpp validate` and `jpp export`, so both refuse the same files.
import { checkAnswerShapes } from '@/domain/answer-shapes';
import { formatJsonPath } from '@/domain/json-path';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import { parseDossierFile, type ImportProblem } from './file';

export type ReadResult =
  { ok: true; dossier: Dossier; migratedFrom?: number } | { ok: false; problem: ImportProblem };

const MAX_LISTED = 10;

export function readDossierText(
  text: string,
  byteLength: number,
  registry: ContentRegistry | undefined,
): ReadResult {
  const result = parseDossierFile(text, byteLength);
  if (!result.ok) return { ok: false, problem: result.problem };
  const issues = registry ? checkAnswerShapes(result.dossier, registry) : [];
  if (issues.length > 0)
    return {
      ok: false,
      problem: {
        code: 'invalid-dossier',
        total: issues.length,
        issues: issues
          .slice(0, MAX_LISTED)
          .map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message })),
      },
    };
  return {
    ok: true,
    dossier: result.dossier,
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
  };
}
