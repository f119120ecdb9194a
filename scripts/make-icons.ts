/**
 * Draws the toolbar icon (a magnifying lens over a warning bar) at every size the stores ask for and
 * writes PNGs into public/icons. Drawn in code so the icon has a reviewable source and no binary tooling.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const out = fileURLToPath(new URL('../public/icons/', import.meta.url));

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA of one pixel at (x, y) in a unit square, with 4× supersampling done by the caller. */
function shade(x: number, y: number): [number, number, number, number] {
  const cx = 0.42, cy = 0.42, r = 0.3;
  const d = Math.hypot(x - cx, y - cy);
  // Handle: a thick line from the lens towards the bottom right.
  const t = Math.max(0, Math.min(1, ((x - 0.62) + (y - 0.62)) / 0.5));
  const hx = 0.62 + t * 0.25, hy = 0.62 + t * 0.25;
  if (Math.hypot(x - hx, y - hy) < 0.085 && x > 0.6 && y > 0.6) return [60, 60, 60, 255];
  if (d < r - 0.07) return Math.abs(y - cy) < 0.07 && Math.abs(x - cx) < 0.17 ? [255, 255, 255, 255] : [176, 0, 32, 255];
  if (d < r) return [60, 60, 60, 255];
  return [0, 0, 0, 0];
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  const S = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const [r, g, b, a] = shade((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
        acc[0]! += r * a; acc[1]! += g * a; acc[2]! += b * a; acc[3]! += a;
      }
      const a = acc[3]! / (S * S);
      const o = 1 + x * 4;
      row[o] = a ? Math.round(acc[0]! / acc[3]!) : 0;
      row[o + 1] = a ? Math.round(acc[1]! / acc[3]!) : 0;
      row[o + 2] = a ? Math.round(acc[2]! / acc[3]!) : 0;
      row[o + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(`${out}icon-${size}.png`, png(size));
console.log(`icons written to ${out}`);
