// Which Chromium to drive and how, shared by the Playwright config, the bench, the screenshot
// script and scripts/ensure-browser.mjs: one finder, so the browser that `npm test` makes sure of
// is the browser the tests then launch.
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for headless Chromium here: no sandbox as root, no GPU, no background network traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where distributions put Chromium or Chrome, tried in this order after Playwright's own. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** True if `path` is a regular file this process may execute. */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Playwright's own Chromium path for this Playwright version, or undefined if it has none. */
function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    // Some platforms have no Playwright build at all: executablePath() throws there.
    return undefined;
  }
}

/**
 * Finds a Chromium, in order: $CHROMIUM if executable, Playwright's own build if installed, then
 * the SYSTEM_CHROMIUMS. Returns where it was found and the path, or null when there is none.
 * The arguments exist so the order can be checked without touching the real file system.
 * @param {{ env?: Record<string, string | undefined>, executable?: (path: string) => boolean,
 *   playwrightPath?: string | undefined, systemPaths?: string[] }} [where]
 * @returns {{ source: 'env' | 'playwright' | 'system', path: string } | null}
 */
export function findChromium(where = {}) {
  const env = where.env ?? process.env;
  const executable = where.executable ?? isExecutable;
  const playwrightPath =
    'playwrightPath' in where ? where.playwrightPath : playwrightChromiumPath();
  const systemPaths = where.systemPaths ?? SYSTEM_CHROMIUMS;
  if (env.CHROMIUM && executable(env.CHROMIUM)) return { source: 'env', path: env.CHROMIUM };
  if (playwrightPath && executable(playwrightPath))
    return { source: 'playwright', path: playwrightPath };
  for (const path of systemPaths) if (executable(path)) return { source: 'system', path };
  return null;
}

/**
 * The executablePath to launch with: the found browser, or undefined when Playwright's own
 * build is the one (Playwright then picks its headless shell) or when there is none (Playwright
 * then fails with its own message; `npm run test:e2e` runs ensure-browser.mjs first).
 */
export function chromiumExecutable() {
  const found = findChromium();
  return found && found.source !== 'playwright' ? found.path : undefined;
}

/** Launch options for chromium.launch() / Playwright's `use.launchOptions`. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
