import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text the page loads (not source maps: 1.7 MB that only devtools read). */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt)$/;
/** Smaller files go as they are: compression would save less than its framing costs. */
const MIN_BYTES = 1024;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain',
};

/** The encodings a request accepts that we have files for, best first. */
function encodingsOf(req: IncomingMessage): ('br' | 'gzip')[] {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return (['br', 'gzip'] as const).filter((e) => new RegExp(`\\b${e}\\b`).test(accept));
}

/**
 * Compresses the build's text assets once, at build time, next to them (`x.js.br`, `x.js.gz`, as
 * static hosts such as nginx's gzip_static serve them), and has `vite preview` serve those files
 * as they are. Vite's preview otherwise gzips every response on the fly: ~10 ms of the server's
 * CPU per load for the 353 KB entry chunk, on the first plot's critical path, on a 2-core machine
 * shared with the browser (`curl`: 10–24 ms gzipped on the fly vs 1–2 ms as is).
 */
export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'heavy-ball-precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        const dir = options.dir ?? outDir;
        const files = Object.keys(bundle)
          .filter((name) => COMPRESSIBLE.test(name))
          .map((name) => join(dir, name))
          .filter((file) => existsSync(file));
        // zlib's async calls run on libuv's threads: the files compress in parallel.
        await Promise.all(
          files.map(async (file) => {
            const data = await readFile(file);
            if (data.length < MIN_BYTES) return;
            const [br, gz] = await Promise.all([
              promisify(brotliCompress)(data, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 11,
                  [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
                },
              }),
              promisify(gzip)(data, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          }),
        );
      },
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base.startsWith('/') ? server.config.base : '/';
      // Added here, before Vite's own compression and static middlewares: a file sent from here
      // never passes through them.
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let path: string;
        try {
          path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        } catch {
          return next();
        }
        if (!path.startsWith(base) || !COMPRESSIBLE.test(path)) return next();
        const file = normalize(join(root, path.slice(base.length)));
        if (!file.startsWith(root + sep)) return next();
        for (const encoding of encodingsOf(req)) {
          const packed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
          if (!existsSync(packed)) continue;
          const { size, mtimeMs } = statSync(packed);
          const etag = `W/"${size}-${Math.round(mtimeMs)}-${encoding}"`;
          const vary = res.getHeader('Vary');
          res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
          res.setHeader('ETag', etag);
          res.setHeader('Cache-Control', 'no-cache');
          if (req.headers['if-none-match'] === etag) {
            res.statusCode = 304;
            res.end();
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Content-Length', size);
          res.end(req.method === 'HEAD' ? undefined : readFileSync(packed));
          return;
        }
        next();
      });
    },
  };
}
