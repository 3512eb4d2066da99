#!/usr/bin/env node
// `npm run bench`: builds the app and prints size and speed figures. Nothing here asserts a
// time: the machines are shared and noisy, so figures are for people to read and compare.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
  { cwd: root, stdio: 'inherit' },
);

const { createServer } = await import('vite');
const server = await createServer({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  mode: 'cli',
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { runBenchmarks } = await server.ssrLoadModule('/tests/bench/bench.ts');
  await runBenchmarks(root);
} finally {
  await server.close();
}
