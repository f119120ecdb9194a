/** Matcher throughput on procurement-like text, side by side with the naive peers in one run. */
import type { Dataset } from '../src/core/schema';
import { buildIndex, scanText } from '../src/core/matcher';
import { procurementText } from './procurement-text';
import { fusePeer, regexPeer } from './naive-peers';
import { mb, time } from './timing';

export interface ThroughputRow {
  bytes: number;
  wroLensMBps: number;
  regexMBps: number;
  /** Cold: the first scan with a fresh index, when the per-word caches are empty. */
  wroLensColdMBps: number;
}

export interface ThroughputFigures {
  rows: ThroughputRow[];
  fuseMBps: number;
  fuseBytes: number;
  indexMs: number;
}

export function throughputBench(dataset: Dataset, sizes: readonly number[], fuseBytes: number, runs: number): ThroughputFigures {
  const index = buildIndex(dataset);
  const regex = regexPeer(dataset);
  const rows = sizes.map((bytes) => {
    const text = procurementText(bytes);
    const cold = performance.now();
    scanText(buildIndex(dataset), text);
    const coldMs = performance.now() - cold;
    return {
      bytes: text.length,
      wroLensMBps: mb(text.length) / (time(() => scanText(index, text), runs) / 1000),
      regexMBps: mb(text.length) / (time(() => regex(text), runs) / 1000),
      wroLensColdMBps: mb(text.length) / (coldMs / 1000),
    };
  });
  const fuseText = procurementText(fuseBytes);
  const fuse = fusePeer(dataset);
  const fuseMs = time(() => fuse(fuseText), 1);
  return { rows, fuseMBps: mb(fuseText.length) / (fuseMs / 1000), fuseBytes: fuseText.length, indexMs: time(() => buildIndex(dataset), runs) };
}
