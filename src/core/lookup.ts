/**
 * Free-text lookup of a company by any of its names, for the popup's search box and the CLI.
 * The matcher answers first (an exact alias always ranks above a fuzzy one); fuse.js then finds
 * misspellings and partial names the matcher's strict rules would not accept as a page match.
 */
import Fuse from 'fuse.js';
import type { Dataset, Entry } from './schema';
import { buildIndex, scanText, TIER_RANK, type MatcherIndex, type Tier } from './matcher';
import { words } from './text/tokenize';

export interface LookupResult {
  entry: Entry;
  /** The name or alias that answered. */
  name: string;
  /** The matcher's tier when it recognised the query, else "search" for a fuzzy hit. */
  how: Tier | 'search';
  /** 0..1, higher is better. */
  score: number;
}

interface NameRecord {
  entry: Entry;
  name: string;
  folded: string;
}

export interface Lookup {
  search(query: string, limit?: number): LookupResult[];
}

const fold = (s: string) => words(s).join(' ');

export function createLookup(dataset: Dataset, index: MatcherIndex = buildIndex(dataset)): Lookup {
  const records: NameRecord[] = dataset.entries.flatMap((entry) =>
    entry.aliases.map((a) => ({ entry, name: a.name, folded: fold(a.name) })));
  const fuse = new Fuse(records, {
    keys: ['folded'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    minMatchCharLength: 2,
  });
  return {
    search(query, limit = 8) {
      const q = query.trim();
      if (!q) return [];
      const results = new Map<string, LookupResult>();
      const add = (r: LookupResult) => {
        const prev = results.get(r.entry.id);
        if (!prev || r.score > prev.score) results.set(r.entry.id, r);
      };
      for (const m of scanText(index, q)) {
        const entry = index.byId.get(m.entryId)!;
        // A name that covers the whole query is a better answer than one found inside it.
        const coverage = (m.end - m.start) / q.length;
        add({ entry, name: m.alias, how: m.tier, score: 0.5 + 0.1 * TIER_RANK[m.tier] + 0.2 * Math.min(1, coverage) });
      }
      for (const hit of fuse.search(fold(q), { limit: limit * 3 })) {
        add({ entry: hit.item.entry, name: hit.item.name, how: 'search', score: 0.5 * (1 - (hit.score ?? 1)) });
      }
      return [...results.values()].sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
