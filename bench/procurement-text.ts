/**
 * Deterministic procurement-like text for benchmarks: award notices and supplier tables in which real
 * supplier names (Canadian federal vendors, when ../shared/eval is present) mix with listed names at a
 * realistic rate, written the way portals write them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const vendorFile = fileURLToPath(new URL('../../shared/eval/canada-vendors-2022.csv', import.meta.url));

const FALLBACK_SUPPLIERS = ['Abbvie Ltd', 'Amgen Ltd', 'Sandoz Ltd', 'Biogen Idec Ltd', 'Fresenius Kabi Limited', 'Polyco Healthline', 'Medline Industries', 'NHS Supply Chain', 'Bunzl Healthcare', 'Greenham Trading Ltd'];
const LISTED = ['Top Glove Corporation Bhd', 'SUPERMAX CORP. BHD.', 'Hoshine Silicon Industry Co., Ltd.', 'Sime Darby Plantation Berhad', 'Supermax Healthcare Limited', 'cotton from Xinjiang', 'Smart Glove Corporation Sdn Bhd', 'Hefei Bitland Information Technology Co. Ltd', 'Supermx Corporation Bhd'];
const GOODS = ['nitrile examination gloves', 'adalimumab biosimilar', 'cotton uniforms', 'polysilicon solar panels', 'laptop computers', 'palm-oil based soap', 'cleaning services', 'catering supplies'];

/** A small seeded generator (mulberry32) so every run benchmarks the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function supplierPool(): string[] {
  if (!existsSync(vendorFile)) return FALLBACK_SUPPLIERS;
  return readFileSync(vendorFile, 'utf8').trim().split('\n').slice(1);
}

/** About `bytes` characters of notices; one supplier in `listedEvery` is a listed name. */
export function procurementText(bytes: number, seed = 42, listedEvery = 200): string {
  const rnd = random(seed);
  const pool = supplierPool();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const supplier = () => (rnd() * listedEvery < 1 ? pick(LISTED) : pick(pool));
  const parts: string[] = [];
  let size = 0;
  let notice = 0;
  while (size < bytes) {
    notice++;
    const block = rnd() < 0.5
      ? `Contract award notice ${notice}\nThis contract was awarded to ${supplier()} for the supply of ${pick(GOODS)}.\nTotal value of contract: £${Math.floor(rnd() * 9e6)}\nBuyer: ${pick(pool)}\n\n`
      : `Framework supplier list (lot ${notice % 12})\n${Array.from({ length: 8 }, () => `${supplier()}\t${pick(GOODS)}`).join('\n')}\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}
