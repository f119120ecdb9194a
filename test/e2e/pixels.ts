/**
 * Reading screenshots: a small PNG decoder (8-bit RGB or RGBA, as browsers write them) and the boxes of
 * pixels of a colour. Used to check that a field's underline is drawn exactly under its text, which no
 * DOM API can tell (the overlay is in a closed shadow root, and a field's text has no ranges).
 */
import { unzlibSync } from 'fflate';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export interface Box {
  left: number;
  top: number;
  /** Exclusive. */
  right: number;
  bottom: number;
}

export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = unzlibSync(concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.slice(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      line[i] = (line[i]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(line.subarray(x * channels, x * channels + 3), (y * width + x) * 4);
      out[(y * width + x) * 4 + 3] = channels === 4 ? line[x * 4 + 3]! : 255;
    }
    prev = line;
  }
  return { width, height, data: out };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The bounding box of pixels passing `test`, within rows [top, bottom) (all rows by default); null if none. */
export function boxOf(img: Pixels, test: (r: number, g: number, b: number) => boolean, top = 0, bottom = img.height): Box | null {
  let box: Box | null = null;
  for (let y = Math.max(0, top); y < Math.min(bottom, img.height); y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (!test(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) continue;
      if (!box) box = { left: x, top: y, right: x + 1, bottom: y + 1 };
      else {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x + 1);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y + 1);
      }
    }
  }
  return box;
}

/** The "active" underline's red (rgb 176 0 32), not its lighter anti-aliased edge or the tint behind the text. */
export const isWarningRed = (r: number, g: number, b: number) => r > 130 && g < 80 && b < 110;
/** Black text, also under the warning's tint. */
export const isInk = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;
