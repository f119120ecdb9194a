/** The popup's search, as a user types: the cost of each keystroke over the full dataset. */
import { bundledDataset } from '../src/data';
import { createLookup } from '../src/core/lookup';

const TYPED = ['Supermax Corporation', 'supermx', '合盛硅业', 'Sime Darby Plantation', 'Xinjiang Production', 'Felda Global Ventures', 'Top Glove'];

export interface LookupFigures {
  keystrokes: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export function lookupBench(): LookupFigures {
  const t0 = performance.now();
  const lookup = createLookup(bundledDataset);
  const buildMs = performance.now() - t0;
  // One pass to warm up, as a user's first few keystrokes would.
  for (const word of TYPED) for (let i = 1; i <= word.length; i++) lookup.search(word.slice(0, i));
  const times: number[] = [];
  for (const word of TYPED) {
    for (let i = 1; i <= word.length; i++) {
      const start = performance.now();
      lookup.search(word.slice(0, i));
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    keystrokes: times.length,
    buildMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    maxMs: times[times.length - 1]!,
  };
}
