// Dossier files: writing the envelope, and reading a file back with every check done before
// anything is touched. Reading returns either a valid, current dossier or one precise problem;
// it never throws and never changes state, so a bad file cannot harm the open dossier.
import type * as z from 'zod';
import { DOSSIER_SCHEMA_VERSION, dossierSchema, type Dossier } from '@/schemas/dossier';
import {
  DOSSIER_FILE_FORMAT,
  MAX_DOSSIER_FILE_BYTES,
  dossierEnvelopeSchema,
  type DossierEnvelope,
} from '@/schemas/dossier-file';
import { formatJsonPath } from '@/domain/json-path';
import { jsonErrorOffset, lineAndColumn } from './json-error-position';
import { migrateDossier } from './migrations';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface PathIssue {
  /** JSON path inside the file, e.g. "dossier.answers.buyers-group.authorities[1].name". */
  path: string;
  /** Plain-language description of what is wrong there. */
  message: string;
}

export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'not-json'; line?: number; column?: number }
  | { code: 'forbidden-key'; key: string }
  | { code: 'not-an-object' }
  | { code: 'wrong-format'; found?: string }
  | { code: 'bad-envelope'; issues: PathIssue[] }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unsupported-version'; version: number }
  | { code: 'invalid-dossier'; issues: PathIssue[]; total: number };

export type ImportResult =
  | {
      ok: true;
      dossier: Dossier;
      envelope: Omit<DossierEnvelope, 'dossier'>;
      migratedFrom?: number;
    }
  | { ok: false; problem: ImportProblem };

const MAX_LISTED_ISSUES = 10;

export function serializeDossier(dossier: Dossier, appVersion: string, savedAt: string): string {
  const envelope: DossierEnvelope = {
    format: DOSSIER_FILE_FORMAT,
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    appVersion,
    savedAt,
    dossier,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

/** One zod issue in words a user can act on. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `expected ${expectedNames[issue.expected] ?? issue.expected}, found ${describeType(issue.input)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this version does not know: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has a field name that is not allowed';
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long: at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `has too many items: at most ${String(issue.maximum)}`
          : `is too large: at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'must not be empty'
        : `is too small: at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be a date and time like 2026-03-02T10:00:00Z'
        : issue.format === 'uuid'
          ? 'must be an identifier like 3f2b8c1e-…'
          : `is not in the expected format (${issue.format})`;
    case 'invalid_union':
      return 'is not a kind of value this field accepts';
    default:
      return issue.message;
  }
}

/**
 * When a value matches none of the shapes a field allows, report the problems of the shape it
 * came closest to (the one whose problems lie deepest), not just "wrong kind of value".
 */
function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const depth = (issues: z.core.$ZodIssue[]) =>
    Math.max(...issues.map((inner) => inner.path.length));
  const closest = issue.errors.reduce((best, branch) =>
    depth(branch) > depth(best) ? branch : best,
  );
  if (depth(closest) === 0) return [issue];
  return closest.flatMap((inner) =>
    closestIssues({ ...inner, path: [...issue.path, ...inner.path] }),
  );
}

function toPathIssues(error: z.ZodError, prefix: PropertyKey[]): PathIssue[] {
  return error.issues.flatMap(closestIssues).map((issue) => ({
    path: formatJsonPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
  }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a dossier file's text. `byteLength` lets callers refuse huge files before reading. */
export function parseDossierFile(text: string, byteLength = text.length): ImportResult {
  const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });
  if (byteLength > MAX_DOSSIER_FILE_BYTES)
    return fail({ code: 'too-large', bytes: byteLength, limit: MAX_DOSSIER_FILE_BYTES });
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return fail({ code: 'empty' });

  let data: unknown;
  let forbiddenKey: string | undefined;
  try {
    // The reviver sees every key: names that could reach an object's prototype are refused.
    data = JSON.parse(trimmed, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbiddenKey ??= key;
      return value;
    });
  } catch {
    const offset = jsonErrorOffset(trimmed);
    return fail({
      code: 'not-json',
      ...(offset === undefined ? {} : lineAndColumn(trimmed, offset)),
    });
  }
  if (forbiddenKey) return fail({ code: 'forbidden-key', key: forbiddenKey });
  if (!isPlainObject(data)) return fail({ code: 'not-an-object' });
  if (data.format !== DOSSIER_FILE_FORMAT)
    return fail({
      code: 'wrong-format',
      found: typeof data.format === 'string' ? data.format.slice(0, 80) : undefined,
    });

  const envelope = dossierEnvelopeSchema.safeParse(data);
  if (!envelope.success)
    return fail({ code: 'bad-envelope', issues: toPathIssues(envelope.error, []) });
  const { dossier: rawDossier, ...meta } = envelope.data;

  const restored = restoreDossier(rawDossier, meta.schemaVersion);
  if (!restored.ok) return fail(restored.problem);
  return {
    ok: true,
    dossier: restored.dossier,
    envelope: meta,
    migratedFrom: restored.migratedFrom,
  };
}

export type RestoreResult =
  | { ok: true; dossier: Dossier; migratedFrom?: number }
  | {
      ok: false;
      problem: Extract<
        ImportProblem,
        { code: 'newer-version' | 'unsupported-version' | 'invalid-dossier' }
      >;
    };

/**
 * Brings a stored or imported dossier of any released version up to date and checks it.
 * Shared by file import and by opening a dossier from browser storage.
 */
export function restoreDossier(raw: unknown, version: number): RestoreResult {
  if (version > DOSSIER_SCHEMA_VERSION)
    return {
      ok: false,
      problem: { code: 'newer-version', version, supported: DOSSIER_SCHEMA_VERSION },
    };
  if (!isPlainObject(raw))
    return {
      ok: false,
      problem: {
        code: 'invalid-dossier',
        issues: [{ path: 'dossier', message: 'expected an object' }],
        total: 1,
      },
    };
  const migrated = migrateDossier(raw, version);
  if (!migrated.ok) return { ok: false, problem: { code: 'unsupported-version', version } };
  const dossier = dossierSchema.safeParse(migrated.dossier);
  if (!dossier.success) {
    const issues = toPathIssues(dossier.error, ['dossier']);
    return {
      ok: false,
      problem: {
        code: 'invalid-dossier',
        issues: issues.slice(0, MAX_LISTED_ISSUES),
        total: issues.length,
      },
    };
  }
  return {
    ok: true,
    dossier: dossier.data,
    migratedFrom: migrated.from === DOSSIER_SCHEMA_VERSION ? undefined : migrated.from,
  };
}
