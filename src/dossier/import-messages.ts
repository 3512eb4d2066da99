// Import problems in words, in the UI language (the CLI uses English).
import type { ImportProblem } from './file';

type Words = (key: ImportMessageKey, params?: Record<string, string | number>) => string;

export type ImportMessageKey =
  | 'import.tooLarge'
  | 'import.empty'
  | 'import.notJson'
  | 'import.notJsonAt'
  | 'import.notAnObject'
  | 'import.forbiddenKey'
  | 'import.wrongFormat'
  | 'import.otherFormat'
  | 'import.badEnvelope'
  | 'import.newerVersion'
  | 'import.unsupportedVersion'
  | 'import.invalidDossier';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export interface ImportMessage {
  summary: string;
  /** Where in the file, one line each: "dossier.name: must not be empty". */
  details: string[];
  /** How many problems there are in all, when only the first few are listed. */
  total?: number;
}

export function describeImportProblem(problem: ImportProblem, words: Words): ImportMessage {
  switch (problem.code) {
    case 'too-large':
      return {
        summary: words('import.tooLarge', {
          size: megabytes(problem.bytes),
          limit: megabytes(problem.limit),
        }),
        details: [],
      };
    case 'empty':
      return { summary: words('import.empty'), details: [] };
    case 'not-json':
      return {
        summary:
          problem.line !== undefined
            ? words('import.notJsonAt', { line: problem.line, column: problem.column ?? 1 })
            : words('import.notJson'),
        details: [],
      };
    case 'forbidden-key':
      return { summary: words('import.forbiddenKey', { key: problem.key }), details: [] };
    case 'not-an-object':
      return { summary: words('import.notAnObject'), details: [] };
    case 'wrong-format':
      return {
        summary: problem.found
          ? words('import.otherFormat', { format: problem.found })
          : words('import.wrongFormat'),
        details: [],
      };
    case 'bad-envelope':
      return {
        summary: words('import.badEnvelope'),
        details: problem.issues.map((issue) => `${issue.path}: ${issue.message}`),
      };
    case 'newer-version':
      return {
        summary: words('import.newerVersion', {
          version: problem.version,
          supported: problem.supported,
        }),
        details: [],
      };
    case 'unsupported-version':
      return {
        summary: words('import.unsupportedVersion', { version: problem.version }),
        details: [],
      };
    case 'invalid-dossier':
      return {
        summary: words('import.invalidDossier', { count: problem.total }),
        details: problem.issues.map((issue) => `${issue.path}: ${issue.message}`),
        total: problem.total,
      };
  }
}
