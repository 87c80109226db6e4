// Makes sure a Chromium for the browser tests is there: CHROME_PATH, or Debian's `chromium` package.
// Nothing here downloads a browser build from the internet; only Debian's package manager is used.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const configured = process.env.CHROME_PATH;

if (configured) {
  if (!existsSync(configured)) fail(`CHROME_PATH is set to ${configured}, but there is no file there.`);
} else if (!existsSync(DEBIAN_CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) {
    fail(
      'No Chromium found for the browser tests.\n' +
        '  On Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
    );
  }
  console.log('Installing Debian package chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (!existsSync(DEBIAN_CHROMIUM)) fail('apt-get finished, but /usr/bin/chromium is still missing.');
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}
