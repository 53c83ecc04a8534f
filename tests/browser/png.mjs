// A small PNG reader for the tests: enough for the screenshots browsers take and the charts
// the page exports (8-bit greyscale, RGB or RGBA, not interlaced). Hand-written because it is
// forty lines and a test-only package for it would be the only one of its kind here.
import { inflateSync } from 'node:zlib';

const SIGNATURE = '89504e470d0a1a0a';

/** The width and height from a PNG's header, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  if (bytes.subarray(0, 8).toString('hex') !== SIGNATURE || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes a PNG into { width, height, pixel(x, y) → [r, g, b] }. */
export function decodePng(bytes) {
  const size = pngSize(bytes);
  if (!size) throw new Error('not a PNG');
  const { width, height } = size;
  const depth = bytes[24];
  const colour = bytes[25];
  const channels = { 0: 1, 2: 3, 6: 4, 4: 2 }[colour];
  if (depth !== 8 || !channels || bytes[28] !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${bytes[28]}`);
  const chunks = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const corner = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - corner;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      }
      out[y * stride + x] = value & 0xff;
    }
  }
  return {
    width,
    height,
    pixel(x, y) {
      const at = Math.round(y) * stride + Math.round(x) * channels;
      return channels < 3 ? [out[at], out[at], out[at]] : [out[at], out[at + 1], out[at + 2]];
    },
  };
}
