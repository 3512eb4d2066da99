// Constant id lists, in a module without zod so that the first page can use them without
// loading the schema library. ids.ts builds the schemas (and the types) from these.

/** kebab-case: lower-case letters and digits separated by single hyphens. */
export const kebabIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The six lifecycle phases, in order. The machine has one state per phase (DESIGN.md §3). */
export const phaseIds = [
  'preparation',
  'market-research',
  'legal-basis',
  'tender',
  'award',
  'contract-management',
] as const;

/** The EU's 24 official languages, ISO 639-1. */
export const languageCodes = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;
