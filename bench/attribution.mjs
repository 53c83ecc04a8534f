// What the wasm is made of: twiggy's view of the model's wasm before wasm-opt (which strips
// the names twiggy reads), summed by crate and by the explainer's own modules, with the
// largest items. Sizes are raw bytes of code and data; wasm-opt and brotli shrink every row,
// roughly in proportion. Needs twiggy on PATH (scripts/bench.sh installs it from crates.io)
// and the wasm-bindgen CLI; writes nothing itself, returns Markdown.
// Usage: node bench/attribution.mjs   (prints the Markdown)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CARGO_WASM = 'target/wasm32-unknown-unknown/release/explainer.wasm';

/** Splits one CSV line of twiggy's output (quoted names may hold commas). */
function csvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { cells.push(cell); cell = ''; }
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The crate (and, for the explainer, its top-level module) an item's name belongs to. */
function owner(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables, statics)';
  if (name.includes('"function names"') || name.startsWith('"') || name.startsWith('custom section')) return null;
  // The outermost `Type as Trait` or path decides: `<yew[..]::..::CompStateInner<explainer..>`
  // is the explainer's component monomorphised in yew; count it for the explainer module.
  const module = /explainer\[[0-9a-f]+\]::([a-z_]+)/.exec(name);
  if (module) return `explainer::${module[1]}`;
  const crate = /^[<&(]*([a-z_][a-z0-9_]*)\[[0-9a-f]{16}\]/.exec(name);
  if (crate) return crate[1];
  if (/^(elem|table|type|import|export|code|global|memory)\[/.test(name)) return 'wasm tables and types';
  return 'other';
}

export function attribution(top = 25) {
  const dir = mkdtempSync(join(tmpdir(), 'attribution-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', dir, CARGO_WASM]);
    const wasm = join(dir, 'explainer_bg.wasm');
    const csv = execFileSync('twiggy', ['top', '-n', '100000', '--format', 'csv', wasm], { maxBuffer: 64 << 20 }).toString();
    const rows = csv.trim().split('\n').slice(1).map(csvLine).map(([name, size]) => ({ name, size: Number(size) }));
    const totals = new Map();
    let code = 0;
    for (const { name, size } of rows) {
      const key = owner(name);
      if (!key || !Number.isFinite(size)) continue;
      code += size;
      totals.set(key, (totals.get(key) ?? 0) + size);
    }
    const byOwner = [...totals].sort((a, b) => b[1] - a[1]);
    const pct = (n) => `${((100 * n) / code).toFixed(1)}%`;
    const named = rows.filter((r) => owner(r.name)).sort((a, b) => b.size - a.size).slice(0, top);
    const short = (name) => (name.length > 110 ? `${name.slice(0, 107)}…` : name).replace(/\[[0-9a-f]{16}\]/g, '').replace(/\|/g, '\\|');
    return [
      `Code and data of the wasm before wasm-opt, ${code.toLocaleString('en')} bytes in all (names excluded), by owner:`,
      '',
      '| owner | bytes | share |',
      '|---|---:|---:|',
      ...byOwner.map(([key, size]) => `| ${key} | ${size.toLocaleString('en')} | ${pct(size)} |`),
      '',
      `The ${top} largest items:`,
      '',
      '| item | bytes |',
      '|---|---:|',
      ...named.map((r) => `| \`${short(r.name)}\` | ${r.size.toLocaleString('en')} |`),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(attribution());
}
