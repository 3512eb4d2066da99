#!/usr/bin/env node
// Starts the jpp command line: src/cli/main.ts, loaded through Vite (through-vite.mjs).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runThroughVite } from './through-vite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  process.exitCode = await runThroughVite(root, '/src/cli/main.ts', ({ main }) =>
    main(process.argv.slice(2), root),
  );
} catch (error) {
  process.stderr.write(`jpp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
