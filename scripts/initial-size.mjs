// Checks the first load's JavaScript (issue 10: at most 120 KB gzipped): every script and
// modulepreload that dist/index.html names, gzipped at level 9 as a server would, summed.
// Anything heavier (KaTeX, mathjs, the video muxer, the anatomy) must come by dynamic import().
// Run after `vite build`; exits 1 above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 120;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const f of files) {
  const kb = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length / 1024;
  total += kb;
  console.log(`  ${f}: ${kb.toFixed(1)} KB gzipped`);
}
console.log(`initial JS: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (files.length === 0 || total > BUDGET_KB) {
  console.error(files.length === 0 ? 'no scripts found in index.html' : 'initial JS over budget');
  process.exit(1);
}
