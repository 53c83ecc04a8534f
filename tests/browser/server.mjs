// A small static file server for dist/, used by the browser tests, the benchmark and
// `scripts/serve.sh`. It serves under a configurable sub-path so the tests prove the build
// works away from the site root, and it refuses anything outside the served folder.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Compressed bodies, by file, encoding and content, so each file is compressed once. */
const compressedCache = new Map();
function cached(file, body, encoding, make) {
  const key = `${file}\0${encoding}\0${body.length}`;
  if (!compressedCache.has(key)) compressedCache.set(key, make());
  return compressedCache.get(key);
}

/**
 * Starts serving `root` at http://host:port{base}. `headers` are added to every response
 * (tests use it for a Content-Security-Policy or CORS header); `compress` turns brotli/gzip
 * on (the default) or off; `reports`, an array, collects CSP violation reports POSTed to
 * `{base}__csp-report` (and calls its `onreport`, when set, on each). Resolves to { url, close }.
 */
export async function serve({ root, base = '/', host = '127.0.0.1', port = 0, headers = {}, compress = true, reports }) {
  const rootDir = resolve(root);
  if (!base.endsWith('/')) base += '/';
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // CSP violation reports (a policy's `report-uri`), collected into `reports` when given:
    // the one record of a violation that works in every engine, without injected scripts.
    if (reports && req.method === 'POST' && path === `${base}__csp-report`) {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      reports.onreport?.();
      res.writeHead(204).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compress text and wasm as a production host would (brotli, else gzip), so that
      // measurements see realistic transfer sizes.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const compressible = /^(text\/|application\/(wasm|json|xml)|image\/svg)/.test(type);
      let encoding;
      if (compress && compressible && /\bbr\b/.test(accepts)) {
        body = cached(file, body, 'br', () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        encoding = 'br';
      } else if (compress && compressible && /\bgzip\b/.test(accepts)) {
        body = cached(file, body, 'gzip', () => gzipSync(body, { level: 9 }));
        encoding = 'gzip';
      }
      res.writeHead(200, {
        'content-type': type,
        // Revalidate every time (tests always see the latest build) without opting out of the
        // back/forward cache, as no-store would.
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const url = `http://${host}:${server.address().port}${base}`;
  return { url, server, close: () => new Promise((ok) => server.close(ok)) };
}

// Run directly: `node tests/browser/server.mjs [dist] [port] [base]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
  const { url } = await serve({ root, port: Number(port), base });
  console.log(`Serving ${root}/ at ${url}  (Ctrl-C to stop)`);
}
