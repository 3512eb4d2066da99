#!/usr/bin/env node
// `npm run bench`: builds the app and prints size and speed figures. Nothing here asserts a
// time: the machines are shared and noisy, so figures are for people to read and compare.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runThroughVite } from './through-vite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
  { cwd: root, stdio: 'inherit' },
);

await runThroughVite(root, '/tests/bench/bench.ts', ({ runBenchmarks }) => runBenchmarks(root));
