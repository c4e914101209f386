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

/** What to do about a missing browser; scripts/check-chromium.mjs prints the same advice. */
export const CHROMIUM_INSTALL_HINT =
  'Install it (Debian/Ubuntu, as root: ' +
  '`apt-get update && apt-get install -y --no-install-recommends chromium`) or set ' +
  'CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Path to the system Chromium. Nothing in this repo downloads a browser: it comes from the
 * `CHROMIUM_PATH` (or `CHROME_PATH`) variable or Debian's `chromium` package. A variable that is
 * set is the only candidate: a mistyped path must fail, not quietly test another browser. Throws
 * with install instructions rather than letting browser tests skip silently.
 *
 * @example
 * chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
 */
export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  const candidates = chosen ? [chosen] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found for the browser tests (tried ${candidates.join(', ')}). ` +
        CHROMIUM_INSTALL_HINT,
    );
  }
  return found;
}
