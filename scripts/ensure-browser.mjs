// Makes sure a Chromium exists before the end-to-end tests run (npm's pretest:e2e hook), so that
// `npm test` on a fresh machine fetches a browser instead of stopping at Playwright's
// "Executable doesn't exist". Order: $CHROMIUM, Playwright's own, a system Chromium, then
// `playwright install chromium`, then (root on Debian/Ubuntu) apt-get; else one clear sentence.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findChromium, isExecutable } from './chromium.mjs';

/** Long enough for a ~150 MB download; a blocked network fails well before it. */
const INSTALL_TIMEOUT_MS = 10 * 60_000;

function log(message) {
  console.log(`ensure-browser: ${message}`);
}

/** Runs a command with inherited output; true if it exited 0 within the timeout. */
function run(command, args, env = process.env) {
  log(`running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS, env });
  if (result.error) log(`${command} failed: ${result.error.message}`);
  return result.status === 0;
}

/** Reports the browser found, if any, and ends the process successfully. */
function useIfFound(after) {
  const found = findChromium();
  if (!found) return;
  log(`using ${found.path} (${found.source === 'env' ? '$CHROMIUM' : found.source}${after})`);
  process.exit(0);
}

if (process.env.CHROMIUM && !isExecutable(process.env.CHROMIUM))
  log(`$CHROMIUM=${process.env.CHROMIUM} is not an executable file; looking elsewhere`);
useIfFound('');

// Playwright's own CLI, run by this Node (not npx): no registry lookup, no shell, any platform.
const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
if (run(process.execPath, [playwrightCli, 'install', 'chromium'])) useIfFound(', just installed');

const rootOnDebian =
  existsSync('/etc/debian_version') &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0;
if (rootOnDebian) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], env) &&
    run('apt-get', ['install', '-y', '-qq', 'chromium'], env)
  )
    useIfFound(', just installed with apt-get');
}

console.error(
  'ensure-browser: no Chromium found and none could be installed: install Chromium or Chrome ' +
    "(your package manager's chromium, or `npx playwright install chromium`) and, if its executable " +
    'is not /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome, run with ' +
    'CHROMIUM=/path/to/it.',
);
process.exit(1);
