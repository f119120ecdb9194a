/** What the extension weighs: the content script, popup and settings page bundles (gzip), and the dataset. */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/chrome/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));

export interface Size {
  what: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(what: string, files: string[]): Size {
  const buffers = files.map((f) => readFileSync(f));
  return { what, bytes: buffers.reduce((n, b) => n + b.length, 0), gzipBytes: buffers.reduce((n, b) => n + gzipSync(b).length, 0) };
}

/** The scripts an extension page loads: its entry and the chunks it preloads (not lazy ones). */
function pageScripts(html: string): string[] {
  const page = readFileSync(`${dist}${html}`, 'utf8');
  return [...page.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => `${dist}${m[1]}`);
}

export function sizeBench(): Size[] | null {
  try {
    statSync(`${dist}manifest.json`);
  } catch {
    return null;
  }
  return [
    sizeOf('content script', [`${dist}src/content/index.js`]),
    sizeOf('popup (first load)', pageScripts('src/popup/index.html')),
    sizeOf('settings page', pageScripts('src/options/index.html')),
    sizeOf('dataset (src/data/dataset.json)', [`${root}src/data/dataset.json`]),
  ];
}
