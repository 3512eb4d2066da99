// The current dossier schema version, in a module without zod so the first page can read it.
export const DOSSIER_SCHEMA_VERSION = 1;
