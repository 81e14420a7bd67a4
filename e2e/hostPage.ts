import type { Page } from '@playwright/test';

/**
 * Opens a page of someone else's site holding `body` (e.g. a course page with our iframe):
 * served by the test itself at the app's origin (so the iframe loads as from any site, with no
 * private-network block), without the app's Content-Security-Policy.
 */
export async function hostPage(page: Page, body: string): Promise<void> {
  await page.route('**/course-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Course page</title><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.goto('/course-page.html');
}
