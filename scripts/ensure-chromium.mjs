// Makes sure the browser tests have a Chromium, installing one when we can:
// Debian/Ubuntu's package when running as root, else Playwright's download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

const run = (command) => {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('rolekit: no Chromium found; installing Debian\'s chromium package…');
  if (run('apt-get update -qq')) run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
if (!findChromium()) {
  console.log('rolekit: trying Playwright\'s Chromium download…');
  run('npx playwright install chromium');
}
if (!findChromium()) {
  console.error('rolekit: no Chromium for the browser tests. Install one (e.g. `apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium.');
  process.exit(1);
}
