/**
 * Typo tolerance for distinctive words only, SymSpell-style: every listed word's deletions are indexed
 * once, so a page word finds its near misses by a few map lookups instead of comparing against every name.
 * Budget (after OpenSanctions): no edits up to 3 letters, 1 edit up to 7, 2 edits from 8.
 */

/** SymSpell's prefix trick: deletions are taken over the first letters only, which bounds their number. */
const PREFIX = 7;
/** Distinct page words remembered between calls; cleared when full so a huge page cannot grow it forever. */
const MEMO_LIMIT = 100_000;

export function editBudget(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 7 ? 1 : 2;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  out.add(word);
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) deletions(word.slice(0, i) + word.slice(i + 1), depth - 1, out);
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => [i, ...new Array<number>(cols - 1).fill(0)]);
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows - 1]![cols - 1]!;
}

export class FuzzyIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly memo = new Map<string, readonly string[]>();

  constructor(private readonly vocabulary: ReadonlySet<string>) {
    for (const word of vocabulary) {
      const budget = editBudget(word);
      if (budget === 0) continue;
      const dels = new Set<string>();
      deletions(word.slice(0, PREFIX), budget, dels);
      for (const d of dels) {
        const list = this.byDeletion.get(d);
        if (list) list.push(word);
        else this.byDeletion.set(d, [word]);
      }
    }
  }

  /** Listed words within their edit budget of `word` (never `word` itself). */
  near(word: string): readonly string[] {
    const cached = this.memo.get(word);
    if (cached) return cached;
    const found = word.length < 4 || this.vocabulary.has(word) ? [] : this.search(word);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }

  private search(word: string): string[] {
    const dels = new Set<string>();
    deletions(word.slice(0, PREFIX), 2, dels);
    const candidates = new Set<string>();
    for (const d of dels) for (const w of this.byDeletion.get(d) ?? []) candidates.add(w);
    const result: string[] = [];
    for (const w of candidates) {
      const budget = editBudget(w);
      const distance = editDistance(word, w, budget);
      if (distance >= 1 && distance <= budget) result.push(w);
    }
    return result;
  }
}
