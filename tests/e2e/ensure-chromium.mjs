#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium. If it is missing, install it when we can
// (root on Debian) or stop with a clear message: the browser tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROME_PATH) {
  console.error(
    `End-to-end tests need Chromium at ${path}, and it is not there.\n` +
      (process.env.CHROME_PATH
        ? 'Point CHROME_PATH at a Chromium executable.\n'
        : 'On Debian or Ubuntu, install it with: sudo apt-get install -y chromium\n' +
          'Or set CHROME_PATH to a Chromium or Chrome executable.\n'),
  );
  process.exit(1);
}

console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], {
  stdio: 'inherit',
  env,
});
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} still does not exist.`);
  process.exit(1);
}
