// Random identifiers from the browser's cryptographic generator.
export const randomId = () => crypto.randomUUID();
export const nowIso = () => new Date().toISOString();
