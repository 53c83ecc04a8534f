// Gives a wasm module's imports short names, in the wasm and in its wasm-bindgen glue alike:
// `__wbg_addEventListener_847fd86b8c33ec43` becomes `c`. wasm-bindgen names every import
// after the function it wraps plus a 16-digit hash, and each name is written twice, once in
// the wasm's import section and once as a key of the glue's import object: 126 names, about
// 2 KB brotli of the first view's budget that carry nothing a browser needs. wasm-opt's
// --minify-imports does this only for imports from a module called `env`, and wasm-bindgen
// has no option for it, so this rewrites the import section (every other section is copied
// byte for byte) and the glue's keys. It fails, leaving both files as they were, unless each
// import's name occurs exactly once in the glue, so a change in wasm-bindgen's glue stops
// the build instead of shipping a module whose imports do not resolve.
// Usage: node scripts/short-imports.mjs module_bg.wasm module.js
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/short-imports.mjs module_bg.wasm module.js');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

/** An unsigned LEB128 number at `at`: its value and the offset after it. */
function readLeb(at) {
  let value = 0, shift = 0, byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const bytes = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** The offset after an import's description (the spec's importdesc) starting at `at`. */
function skipDescription(at) {
  const kind = wasm[at++];
  const limits = (from) => {
    const flags = wasm[from];
    let [, next] = readLeb(from + 1);
    if (flags & 1) [, next] = readLeb(next);
    return next;
  };
  switch (kind) {
    case 0: return readLeb(at)[1]; // function: a type index
    case 1: return limits(at + 1); // table: a reference type, then limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: a value type and mutability
    case 4: return readLeb(at + 1)[1]; // tag: an attribute and a type index
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

/** Short identifiers, in order: a … z, A … Z, then two letters. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  do {
    text = letters[index % letters.length] + text;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return text;
}

const parts = [wasm.subarray(0, 8)];
let at = 8, renamed = 0;
while (at < wasm.length) {
  const start = at;
  const id = wasm[at];
  const [size, body] = readLeb(at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(start, end));
    at = end;
    continue;
  }
  let [count, p] = readLeb(body);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLength, moduleStart] = readLeb(p);
    const module = wasm.subarray(p, moduleStart + moduleLength);
    const [fieldLength, fieldStart] = readLeb(moduleStart + moduleLength);
    const field = wasm.toString('utf8', fieldStart, fieldStart + fieldLength);
    const descriptionStart = fieldStart + fieldLength;
    p = skipDescription(descriptionStart);
    const short = shortName(renamed++);
    const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = glue.match(key)?.length ?? 0;
    if (found !== 1) {
      console.error(`error: ${gluePath} names the import ${field} ${found} times, not once; wasm-bindgen's glue has changed, see scripts/short-imports.mjs`);
      process.exit(1);
    }
    glue = glue.replace(key, short);
    entries.push(module, name(short), wasm.subarray(descriptionStart, p));
  }
  if (p !== end) throw new Error('the import section has bytes after its last import');
  const section = Buffer.concat(entries);
  parts.push(Buffer.from([2]), leb(section.length), section);
  at = end;
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.log(`${wasmPath}: ${renamed} imports renamed`);
