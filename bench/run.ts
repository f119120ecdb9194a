/**
 * npm run bench: measures the matcher side by side with its naive peers in one run, prints a table of
 * throughput and ratios, and writes bench/results.json. `--quick` runs a smoke-sized version (CI).
 * Figures are ratios measured in the same process; absolute times vary between machines.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../src/data';
import { buildIndex, scanText } from '../src/core/matcher';
import { procurementText } from './procurement-text';
import { fusePeer, regexPeer } from './naive-peers';
import { browserBench } from './browser';
import { lookupBench } from './lookup';

const quick = process.argv.includes('--quick');
const TEXT_BYTES = quick ? 256 * 1024 : 5 * 1024 * 1024;
/** fuse.js per line is orders of magnitude slower: it is timed on a slice and its rate extrapolated. */
const FUSE_BYTES = quick ? 16 * 1024 : 256 * 1024;
const RUNS = quick ? 2 : 5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` calls after one warm-up call. */
function time(fn: () => unknown, runs = RUNS): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const mb = (bytes: number) => bytes / (1024 * 1024);

const t0 = performance.now();
const index = buildIndex(bundledDataset);
const indexMs = performance.now() - t0;
const indexMsWarm = time(() => buildIndex(bundledDataset));

const text = procurementText(TEXT_BYTES);
const fuseText = text.slice(0, FUSE_BYTES);
const regex = regexPeer(bundledDataset);
const fuse = fusePeer(bundledDataset);

// The first scan of a session is slower: the per-word caches (typo candidates, name starts) fill as it goes.
const coldStart = performance.now();
scanText(buildIndex(bundledDataset), text);
const wroLensColdMs = performance.now() - coldStart;
const wroLensMs = time(() => scanText(index, text));
const regexMs = time(() => regex(text));
const fuseMs = time(() => fuse(fuseText), quick ? 1 : 2);
const oneMb = text.slice(0, 1024 * 1024);
const oneMbMs = time(() => scanText(index, oneMb));

const rows = [
  { matcher: 'WRO Lens (token trie + rules)', mbPerS: mb(text.length) / (wroLensMs / 1000), ms: wroLensMs, bytes: text.length },
  { matcher: 'Regex alternation of all names', mbPerS: mb(text.length) / (regexMs / 1000), ms: regexMs, bytes: text.length },
  { matcher: 'fuse.js per line', mbPerS: mb(fuseText.length) / (fuseMs / 1000), ms: fuseMs, bytes: fuseText.length },
];
const [ours, re, fz] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];

console.log(`\nMatcher throughput (${quick ? 'quick' : 'full'} run, ${mb(text.length).toFixed(1)} MB procurement-like text, median of ${RUNS})`);
console.log('matcher                           MB/s      ms   text');
for (const r of rows) console.log(`${r.matcher.padEnd(32)} ${r.mbPerS.toFixed(2).padStart(6)} ${r.ms.toFixed(0).padStart(7)}   ${mb(r.bytes).toFixed(2)} MB`);
console.log(`\nWRO Lens vs fuse.js per line: ${(ours.mbPerS / fz.mbPerS).toFixed(0)}× faster`);
console.log(`WRO Lens vs regex alternation: ${(re.mbPerS / ours.mbPerS).toFixed(2)}× slower`);
console.log(`First scan with a fresh index (caches empty): ${wroLensColdMs.toFixed(0)} ms (${(mb(text.length) / (wroLensColdMs / 1000)).toFixed(1)} MB/s)`);
console.log(`${mb(oneMb.length).toFixed(2)} MB scan: ${oneMbMs.toFixed(1)} ms; index build: ${indexMs.toFixed(1)} ms cold, ${indexMsWarm.toFixed(1)} ms warm`);

const tableSizes = quick ? [1_000] : [1_000, 10_000, 50_000];
const lookup = lookupBench();
console.log(`\nPopup search over ${bundledDataset.entries.length} entries: ${lookup.keystrokes} keystrokes, median ${lookup.medianMs.toFixed(2)} ms, p95 ${lookup.p95Ms.toFixed(2)} ms, max ${lookup.maxMs.toFixed(2)} ms (target < 5 ms); lookup built in ${lookup.buildMs.toFixed(0)} ms`);

const browser = process.argv.includes('--no-browser') ? null : await browserBench(tableSizes);
const tables = browser?.tables ?? [];
if (browser) console.log(`Popup first render: ${browser.popupReadyMs.toFixed(0)} ms from navigation (median of 5; target well under 100 ms)`);
if (tables.length) {
  console.log('\nIn Chromium with the built extension (supplier tables, 1 listed supplier per 100 rows)');
  console.log('rows     TreeWalker ms (first / warm)  scan+highlight ms (busy / elapsed)  ratio  longest task ms (page / ours)  index build ms  first highlight ms  +100 rows ms');
  for (const t of tables) {
    const scan = `${t.scanMs.toFixed(1)} / ${t.scanElapsedMs.toFixed(0)}`;
    const walk = `${t.treeWalkerMs.toFixed(1)} / ${t.treeWalkerWarmMs.toFixed(1)}`;
    console.log(`${String(t.rows).padEnd(8)} ${walk.padStart(28)} ${scan.padStart(34)} ${t.ratio.toFixed(1).padStart(6)} ${`${t.longestTaskMs.toFixed(0)} / ${t.longestSliceMs.toFixed(0)}`.padStart(30)} ${t.buildIndexMs.toFixed(0).padStart(15)} ${t.firstHighlightMs.toFixed(0).padStart(19)} ${t.add100RowsMs.toFixed(1).padStart(13)}`);
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  quick,
  tables,
  popupReadyMs: browser?.popupReadyMs ?? null,
  lookup,
  matcher: { textBytes: text.length, fuseTextBytes: fuseText.length, rows, ratios: { vsFuse: ours.mbPerS / fz.mbPerS, regexOverOurs: re.mbPerS / ours.mbPerS }, coldMs: wroLensColdMs, oneMbMs, indexMs, indexMsWarm },
};
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), JSON.stringify(results, null, 2) + '\n');
