/**
 * Fixture pages served at the portals' real URLs (by request interception, never the network), and the
 * generated supplier table for large-page tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8');

export const CF = 'https://www.contractsfinder.service.gov.uk';
export const FTS = 'https://www.find-tender.service.gov.uk';
export const TED = 'https://ted.europa.eu';
export const SAM = 'https://sam.gov';

/** URL → HTML of every fixture. */
export function fixtureSite(extra: Record<string, string> = {}): Map<string, string> {
  return new Map([
    [`${CF}/Notice/05c544dc-award`, read('uk-contractsfinder_award_05c544dc_adalimumab.html')],
    [`${FTS}/Notice/008624-2023`, read('uk-findatender_award_008624-2023_adalimumab.html')],
    [`${CF}/Notice/gloves-award`, read('award-notice.html')],
    [`${TED}/en/notice/-/detail/123456-2026`, read('ted-notice.html')],
    [`${SAM}/search`, read('sam-spa.html')],
    [`${SAM}/search/page-2`, read('sam-spa.html')],
    [`${CF}/frames`, read('frames.html')],
    [`${CF}/frames-child.html`, read('frames-child.html')],
    [`${CF}/drafting`, draftingPage()],
    ...Object.entries(extra),
  ]);
}

const quillDir = fileURLToPath(new URL('../../node_modules/quill/dist/', import.meta.url));

/** The drafting page, with Quill (from npm) inlined: fixtures are served from memory, one document each. */
export function draftingPage(): string {
  const quill = `<style>${readFileSync(`${quillDir}quill.snow.css`, 'utf8')}</style>\n<script>${readFileSync(`${quillDir}quill.js`, 'utf8').replaceAll('</script', '<\\/script')}</script>`;
  return read('drafting.html').replace('<!-- QUILL -->', () => quill);
}

const LISTED_ROWS = ['Supermax Healthcare Limited', 'Top Glove Corporation Bhd', 'Hoshine Silicon Industry Co., Ltd.', 'Xinjiang Junggar Cotton & Linen Co., Ltd'];

/** A framework supplier table of `rows` rows; every 100th supplier is listed. */
export function supplierTable(rows: number, firstRow = 0): string {
  const body: string[] = [];
  for (let i = firstRow; i < firstRow + rows; i++) {
    const name = i % 100 === 50 ? LISTED_ROWS[(i / 100 | 0) % LISTED_ROWS.length]! : `Supplier ${i} Trading Limited`;
    body.push(`<tr><td>${i + 1}</td><td>${name}</td><td>Lot ${(i % 12) + 1}</td><td>£${(i * 7919) % 100000}</td></tr>`);
  }
  return body.join('');
}

export function supplierTablePage(rows: number): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Framework suppliers</title></head><body>
<h1>Framework suppliers</h1><table><thead><tr><th>#</th><th>Supplier</th><th>Lot</th><th>Spend</th></tr></thead>
<tbody id="rows">${supplierTable(rows)}</tbody></table></body></html>`;
}

/** Listed suppliers in the first `rows` rows of supplierTable. */
export function listedInTable(rows: number, firstRow = 0): number {
  let n = 0;
  for (let i = firstRow; i < firstRow + rows; i++) if (i % 100 === 50) n++;
  return n;
}
