#!/usr/bin/env node
// Some tests drive programs from Debian: Chromium (end-to-end tests) and LibreOffice (proof that
// a real word processor opens every generated DOCX). If one is missing, install it when we can
// (root on Debian) or stop with a clear message: these tests are never skipped silently.
// Usage: node tools/ensure-system-tools.mjs chromium soffice
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = {
  chromium: {
    path: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    override: 'CHROME_PATH',
    packages: ['chromium'],
    why: 'End-to-end tests drive Chromium',
  },
  soffice: {
    path: process.env.SOFFICE_PATH ?? '/usr/bin/soffice',
    override: 'SOFFICE_PATH',
    packages: ['libreoffice-writer-nogui'],
    why: 'The document tests open every generated DOCX with LibreOffice',
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in tools));
if (unknown.length > 0 || wanted.length === 0) {
  console.error(
    `Usage: ensure-system-tools.mjs ${Object.keys(tools).join(' ')} (got: ${unknown.join(' ') || 'nothing'})`,
  );
  process.exit(2);
}

const missing = wanted
  .map((name) => ({ name, ...tools[name] }))
  .filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canInstall =
  isRoot && existsSync('/usr/bin/apt-get') && missing.every((tool) => !process.env[tool.override]);
if (!canInstall) {
  for (const tool of missing)
    console.error(
      `${tool.why}, and ${tool.path} does not exist.\n` +
        `On Debian or Ubuntu, install it with: sudo apt-get install -y ${tool.packages.join(' ')}\n` +
        `Or set ${tool.override} to its executable.\n`,
    );
  process.exit(1);
}

const packages = missing.flatMap((tool) => tool.packages);
console.log(`Installing Debian packages for the tests: ${packages.join(' ')} (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], {
  stdio: 'inherit',
  env,
});
const still = missing.filter((tool) => !existsSync(tool.path));
if (still.length > 0) {
  console.error(`apt-get finished but ${still.map((tool) => tool.path).join(', ')} still missing.`);
  process.exit(1);
}
