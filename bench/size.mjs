// Sizes of the built files in dist/, raw, gzip (level 9) and brotli (quality 11), as a
// Markdown table. Byte counts are deterministic for a given build, so CI can check them.
// Usage: node bench/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function sizes(dist = 'dist') {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  return files.sort().map((path) => {
    const body = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

export function table(rows) {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const line = (r) => `| ${r.file} | ${r.raw.toLocaleString('en')} | ${r.gzip.toLocaleString('en')} | ${r.brotli.toLocaleString('en')} |`;
  return ['| file | raw | gzip -9 | brotli -11 |', '|---|---:|---:|---:|', ...rows.map(line), line({ file: '**total**', ...total })].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(sizes(process.argv[2] ?? 'dist')));
}
