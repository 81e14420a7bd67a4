import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompressed } from './scripts/precompressed.ts';

/**
 * The Content-Security-Policy of the built app: no eval, scripts only from our own origin.
 * Injected at build time only, because the dev server's React refresh preamble is an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'heavy-ball-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  // Relative URLs in the build (./assets/…), so dist/ works from any directory of any static host,
  // e.g. https://host/course/heavy-ball/, not only at a domain root. The dev server still serves at /.
  base: './',
  plugins: [react(), contentSecurityPolicy(), precompressed()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first view imports statically goes into one chunk: otherwise each module
          // a lazy chunk (anatomy, exports) also uses is split into a small chunk of its own,
          // and the first view loads a dozen files that compress worse apart than together.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
