// Where is a Chromium for the browser tests? CHROMIUM_PATH first, then the system's,
// then one Playwright downloaded. Shared by vitest.config.ts, the benchmark and
// ensure-chromium.mjs so all of them agree.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of SYSTEM) if (existsSync(path)) return path;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright');
    const downloaded = chromium.executablePath();
    if (downloaded && existsSync(downloaded)) return downloaded;
  } catch {
    // playwright not installed or no browser downloaded: fall through
  }
  return undefined;
}

/** Flags for a root user in a container with a closed network (see README). */
export const CHROMIUM_ARGS = [
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
