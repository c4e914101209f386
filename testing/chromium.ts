import { existsSync } from 'node:fs';

/** Flags measured to keep Debian's Chromium quiet and offline in a sandboxed headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Path to the system Chromium. Nothing in this repo downloads a browser: it comes from the
 * `CHROMIUM_PATH` (or `CHROME_PATH`) variable or Debian's `chromium` package. Throws with install
 * instructions rather than letting browser tests skip silently.
 */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian/Ubuntu, as root: ' +
        '`apt-get update && apt-get install -y --no-install-recommends chromium`) or set ' +
        'CHROMIUM_PATH to a Chromium or Chrome binary. Tried: ' +
        candidates.join(', '),
    );
  }
  return found;
}
