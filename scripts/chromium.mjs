// Which Chromium to drive and how, shared by the Playwright config, the bench and the screenshot script.
import { existsSync } from 'node:fs';
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

/**
 * The browser, in order: $CHROMIUM, Playwright's own build if installed (undefined: let
 * Playwright find it), Debian's /usr/bin/chromium.
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's own browser is not installed; fall through to the system one.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launch options for chromium.launch() / Playwright's `use.launchOptions`. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
