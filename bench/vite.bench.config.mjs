// Builds bench/core.html (+ core-entry.mjs) into $BENCH_DIR/core: the core's trajectory code from
// $BENCH_SRC/src/core, bundled and minified like the app, so it can be timed in Chromium.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(process.env.BENCH_SRC ?? join(here, '..'));
const out = resolve(process.env.BENCH_DIR ?? '/tmp/heavy-ball-bench');

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: { '@hb-src': join(src, 'src') } },
  build: {
    target: 'es2022',
    outDir: join(out, 'core'),
    emptyOutDir: true,
    rollupOptions: { input: join(here, 'core.html') },
  },
});
