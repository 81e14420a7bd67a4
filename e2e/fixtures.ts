import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** One reference case from src/core/fixtures/trajectories.json. */
export interface ReferenceCase {
  fn: string;
  w0: number[];
  eta: number;
  beta: number;
  steps: number;
  rows: { t: number; w: number[]; m: number[]; grad: number[]; loss: number }[];
}

/** The float64 reference trajectories, the test fixture copied into the project. */
export const reference: { cases: ReferenceCase[] } = JSON.parse(
  readFileSync(new URL('../src/core/fixtures/trajectories.json', import.meta.url), 'utf8'),
) as { cases: ReferenceCase[] };

/** DESIGN §1 tolerance: within 1e-9·max(|v|, 1e-3). */
export function closeTo(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), 1e-3);
}

/** The query parameters the app has written to the address bar. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits until the address bar's query has `key` = `value` (the URL is rewritten debounced). */
export async function expectQuery(page: Page, key: string, value: string | RegExp): Promise<void> {
  await expect
    .poll(() => query(page).get(key) ?? '', { timeout: 3000 })
    .toMatch(
      value instanceof RegExp
        ? value
        : new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
}

/** Clicks "Export CSV" and returns the downloaded text. */
export async function exportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** Parses the exported CSV into rows keyed by header name (optimizer stays text). */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [head = '', ...lines] = text.trim().split('\n');
  const header = head.split(',');
  return {
    header,
    rows: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i] ?? '', v]))),
  };
}

/** Checks the CSV rows of one optimizer against a reference case, every number. */
export function expectCsvMatches(
  csv: ReturnType<typeof parseCsv>,
  optimizer: 'sgd' | 'momentum',
  ref: ReferenceCase,
): void {
  const rows = csv.rows.filter((r) => r.optimizer === optimizer);
  expect(rows).toHaveLength(ref.rows.length);
  const dim = ref.w0.length;
  for (const r of ref.rows) {
    const row = rows[r.t]!;
    expect(Number(row.t)).toBe(r.t);
    const pairs: [string, number][] =
      dim === 1
        ? [
            ['w', r.w[0]!],
            ['m', r.m[0]!],
            ['grad', r.grad[0]!],
            ['loss', r.loss],
          ]
        : [
            ['x', r.w[0]!],
            ['y', r.w[1]!],
            ['mx', r.m[0]!],
            ['my', r.m[1]!],
            ['gx', r.grad[0]!],
            ['gy', r.grad[1]!],
            ['loss', r.loss],
          ];
    for (const [key, expected] of pairs) {
      const got = Number(row[key]);
      if (!closeTo(got, expected))
        throw new Error(`${optimizer} t=${r.t} ${key}: ${got} vs ${expected}`);
    }
  }
}

/** Test with a page that fails the test on any console error or uncaught page error. */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
