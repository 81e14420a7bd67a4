// Takes screenshots of the built app for looking at: node scripts/shot.mjs "?fn=ravine" out.png [width] [height]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
const [query = '', out = '/tmp/shot.png', width = '1280', height = '900', action = ''] =
  process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4173}/${query}`);
await page.waitForTimeout(800);
if (action) for (const name of action.split(',')) await page.getByRole('button', { name }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: !process.env.VIEWPORT_ONLY });
await browser.close();
