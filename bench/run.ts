/**
 * npm run bench: measures WRO Lens side by side with naive peers in one run — matcher throughput,
 * in-browser page scans, the popup, the CLI, cost growth, sizes, and precision and recall — prints
 * compact tables and writes bench/results.json. `--quick` is a smoke-sized run for CI (under a minute).
 * Figures are ratios measured in the same run; absolute times vary between machines and runs.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../src/data';
import { browserBench } from './browser';
import { cliBench } from './cli';
import { draftingBench } from './drafting';
import { growthBench } from './growth';
import { lookupBench } from './lookup';
import { qualityBench } from './quality';
import { sizeBench } from './sizes';
import { throughputBench } from './throughput';
import { mb } from './timing';

const quick = process.argv.includes('--quick');
const MB = 1024 * 1024;
const runs = quick ? 2 : 5;
const pad = (s: string | number, n: number) => String(s).padStart(n);

console.log(`WRO Lens benchmarks (${quick ? 'quick smoke run' : 'full run'}), ${new Date().toISOString()}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`);

// 1. Matcher throughput against the naive peers.
const throughput = throughputBench(bundledDataset, quick ? [256 * 1024] : [1 * MB, 10 * MB], quick ? 16 * 1024 : 256 * 1024, runs);
console.log('\nMatcher throughput, MB/s (procurement-like text; fuse.js timed on a slice)');
console.log('text       WRO Lens   (cold)   regex   fuse.js   vs fuse.js   regex ÷ WRO Lens');
for (const r of throughput.rows) {
  console.log(`${pad(mb(r.bytes).toFixed(2), 5)} MB ${pad(r.wroLensMBps.toFixed(1), 9)} ${pad(r.wroLensColdMBps.toFixed(1), 8)} ${pad(r.regexMBps.toFixed(1), 7)} ${pad(throughput.fuseMBps.toFixed(3), 9)} ${pad(`${(r.wroLensMBps / throughput.fuseMBps).toFixed(0)}×`, 12)} ${pad(`${(r.regexMBps / r.wroLensMBps).toFixed(2)}×`, 18)}`);
}
console.log(`index build (warm): ${throughput.indexMs.toFixed(1)} ms`);

// 2. Cost growth with the dataset's size.
const growth = growthBench(bundledDataset, quick ? [1, 10] : [1, 10, 100], quick ? 256 * 1024 : 1 * MB, runs);
console.log(`\nCost growth with the dataset (scan of ${quick ? '0.25' : '1'} MB)`);
console.log('entries   index build ms   scan ms');
for (const g of growth) console.log(`${pad(g.entries, 7)} ${pad(g.indexMs.toFixed(1), 16)} ${pad(g.scanMs.toFixed(1), 9)}`);

// 3. Quality: WRO Lens and the peers on the same names.
const quality = qualityBench(bundledDataset, quick ? 1000 : 20);
if (quality) {
  console.log('\nQuality (names-dev.tsv; false flags per 100,000 real Canadian supplier names)');
  console.log('matcher                                      recall  negatives flagged  namesakes sure  false flags /100k by tier');
  for (const q of quality) {
    const tiers = Object.entries(q.canadaFalsePer100k).map(([t, n]) => `${t} ${n.toFixed(1)}`).join(', ') || 'none';
    console.log(`${q.matcher.padEnd(44)} ${pad(q.recall.toFixed(3), 6)} ${pad(`${q.negativesFlagged}/${q.negatives}`, 18)} ${pad(`${q.namesakesFlaggedSure}/${q.namesakes}`, 15)}  ${tiers}`);
  }
}

// 4. The popup's search, per keystroke.
const lookup = lookupBench();
console.log(`\nPopup search over ${bundledDataset.entries.length} entries: ${lookup.keystrokes} keystrokes, median ${lookup.medianMs.toFixed(2)} ms, p95 ${lookup.p95Ms.toFixed(2)} ms, max ${lookup.maxMs.toFixed(2)} ms`);

// 5. Screening with the CLI.
const cli = quick ? null : cliBench();
if (cli) console.log(`CLI screening of ${cli.names} names: ${cli.seconds.toFixed(2)} s, peak memory ${cli.peakMemoryMiB.toFixed(0)} MiB`);

// 6. Sizes.
const sizes = sizeBench();
if (sizes) {
  console.log('\nSizes');
  for (const s of sizes) console.log(`${s.what.padEnd(34)} ${pad((s.bytes / 1024).toFixed(0), 6)} KiB, gzip ${pad((s.gzipBytes / 1024).toFixed(0), 5)} KiB`);
}

// 7. In real Chromium with the built extension.
const browser = process.argv.includes('--no-browser') ? null : await browserBench(quick ? [1_000] : [1_000, 10_000, 50_000]);
if (browser) {
  console.log('\nIn Chromium with the built extension (supplier tables, 1 listed supplier in 100 rows)');
  console.log('rows     TreeWalker ms (first/warm)  scan ms (busy/elapsed)  ratio  longest task ms (page/ours)  index ms  first highlight ms  +100 rows ms');
  for (const t of browser.tables) {
    console.log(`${pad(t.rows, 6)} ${pad(`${t.treeWalkerMs.toFixed(1)} / ${t.treeWalkerWarmMs.toFixed(1)}`, 27)} ${pad(`${t.scanMs.toFixed(0)} / ${t.scanElapsedMs.toFixed(0)}`, 23)} ${pad(t.ratio.toFixed(1), 6)} ${pad(`${t.longestTaskMs.toFixed(0)} / ${t.longestSliceMs.toFixed(0)}`, 28)} ${pad(t.buildIndexMs.toFixed(0), 9)} ${pad(t.firstHighlightMs.toFixed(0), 19)} ${pad(t.add100RowsMs.toFixed(1), 13)}`);
  }
  console.log(`Popup first render: ${browser.popupReadyMs.toFixed(0)} ms from navigation (median of 5)`);
}

// 8. Typing into a 50,000-character draft, with and without WRO Lens on the page.
const drafting = process.argv.includes('--no-browser') ? null : await draftingBench(quick ? 100 : 300, quick ? 2 : 5);
if (drafting) {
  console.log(`\nTyping into a ${drafting[0]!.chars.toLocaleString('en-GB')}-character draft in Chromium (main-thread ms per keystroke, median of rounds)`);
  console.log('field             with   without   added   ratio   our handler   check at pause   first check');
  for (const d of drafting) {
    console.log(`${d.target.padEnd(15)} ${pad(d.withMs.toFixed(2), 6)} ${pad(d.withoutMs.toFixed(2), 9)} ${pad(d.addedMs.toFixed(2), 7)} ${pad(d.ratio.toFixed(2), 7)} ${pad(d.handlerMs.toFixed(2), 13)} ${pad(d.pauseCheckMs.toFixed(1), 16)} ${pad(d.firstCheckMs.toFixed(0), 13)}`);
  }
}

const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  quick,
  throughput,
  growth,
  quality,
  lookup,
  cli,
  sizes,
  browser,
  drafting,
};
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
