#!/usr/bin/env node
// Starts the jpp command line. It runs src/cli/main.ts through Vite so the CLI reads content/
// with the same loader (import.meta.glob) and Markdown compiler as the app: there is no second
// copy to keep in step, and nothing to build after `npm ci`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let server;
try {
  const { createServer } = await import('vite');
  server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'cli',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const { main } = await server.ssrLoadModule('/src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2), root);
} catch (error) {
  process.stderr.write(`jpp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await server?.close();
}
