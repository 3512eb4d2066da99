// Imported first by main.tsx: zod must not probe `new Function` (for its JIT), which the
// Content-Security-Policy forbids and Chromium reports as a violation even when caught.
// zod's core holds this setting for every schema, so the tiny core import is enough here and
// the schema library itself still loads only with the pages that need it.
import { config } from 'zod/v4/core';

config({ jitless: true });
