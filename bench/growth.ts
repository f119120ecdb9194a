/**
 * How scan time grows with the dataset: the list as shipped, and 10× and 100× as many entities
 * (synthetic names made by giving each entry a new distinctive first word).
 */
import type { Dataset, Entry } from '../src/core/schema';
import { buildIndex, scanText } from '../src/core/matcher';
import { procurementText } from './procurement-text';
import { time } from './timing';

export interface GrowthRow {
  entries: number;
  indexMs: number;
  scanMs: number;
}

const SYLLABLES = ['ka', 'zo', 'vri', 'tel', 'mun', 'qua', 'dre', 'lix', 'bor', 'nep', 'shu', 'gar'];

function syntheticWord(n: number): string {
  let w = '';
  for (let k = n + 7; w.length < 8; k = Math.floor(k / SYLLABLES.length) + 3) w += SYLLABLES[k % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

export function scaled(dataset: Dataset, factor: number): Dataset {
  const entries: Entry[] = [...dataset.entries];
  for (let copy = 1; copy < factor; copy++) {
    for (const [i, e] of dataset.entries.entries()) {
      const word = syntheticWord(copy * dataset.entries.length + i);
      entries.push({ ...e, id: `${e.id}-x${copy}`, name: `${word} ${e.name}`, aliases: e.aliases.map((a) => ({ ...a, name: `${word} ${a.name}` })) });
    }
  }
  return { ...dataset, entries };
}

export function growthBench(dataset: Dataset, factors: readonly number[], textBytes: number, runs: number): GrowthRow[] {
  const text = procurementText(textBytes);
  return factors.map((factor) => {
    const data = scaled(dataset, factor);
    const indexMs = time(() => buildIndex(data), Math.min(runs, 3));
    const index = buildIndex(data);
    return { entries: data.entries.length, indexMs, scanMs: time(() => scanText(index, text), runs) };
  });
}
