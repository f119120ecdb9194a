/**
 * npm run package: zips the built extension into dist/wro-lens-chrome-<version>.zip and
 * dist/wro-lens-firefox-<version>.zip. Reproducible: the same build gives the same bytes (files in
 * sorted order, one fixed timestamp, fixed compression level).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** Zip timestamps cannot go before 1980; any fixed date makes the archive reproducible. */
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? filesUnder(`${dir}/${name}`, `${prefix}${name}/`) : [`${prefix}${name}`]));
}

export function packageBrowser(browser: 'chrome' | 'firefox'): string {
  const dir = `${dist}${browser}`;
  const { version } = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { version: string };
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) entries[file] = [readFileSync(`${dir}/${file}`), { mtime: FIXED_TIME, level: 9 }];
  const out = `${dist}wro-lens-${browser}-${version}.zip`;
  writeFileSync(out, zipSync(entries));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const browser of ['chrome', 'firefox'] as const) console.log(`wrote ${packageBrowser(browser)}`);
}
