// Runs before the tests: browser and Storybook tests need real Chromium, which this repo never
// downloads. When it is missing and we are root on Debian/Ubuntu, install Debian's package (what
// CI and a fresh dev container need); otherwise stop with instructions: tests never skip silently.
// The candidates follow testing/chromium.ts (which the test runs use): a CHROMIUM_PATH or
// CHROME_PATH that is set is the only one, so a mistyped path fails here too.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chosen = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
const candidates = chosen ? [chosen] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = () => candidates.some((p) => existsSync(p));
const hint =
  'Install it on Debian/Ubuntu as root:  apt-get update && apt-get install -y --no-install-recommends chromium\n' +
  'or point CHROMIUM_PATH at a Chromium/Chrome binary.';

if (!found()) {
  const canApt = !chosen && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt && process.env.BB_NO_AUTO_CHROMIUM !== '1') {
    console.log(
      "No Chromium found: installing Debian's chromium package (set BB_NO_AUTO_CHROMIUM=1 to stop this).",
    );
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
        { stdio: 'inherit' },
      );
    } catch (error) {
      // No network, a locked dpkg or an unknown package: say so, then fall through to the hint.
      console.error(
        `\nInstalling chromium failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  if (!found()) {
    console.error(
      `\nNo Chromium found (tried ${candidates.join(', ')}).\nThe browser and Storybook tests run in real Chromium.\n${hint}\n`,
    );
    process.exit(1);
  }
}
