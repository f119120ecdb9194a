/**
 * Typo tolerance for distinctive words only, SymSpell-style: every listed word's deletions are indexed
 * once, so a page word finds its near misses by a few map lookups instead of comparing against every name.
 * Budget (after OpenSanctions): no edits up to 3 letters, 1 edit up to 7, 2 edits from 8.
 */
import type { TokenStream } from '../text/tokenize';

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

// Three reusable rows for editDistance: it runs once per candidate, and allocation was its main cost.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (cols > rowA.length) { rowA = new Int32Array(cols * 2); rowB = new Int32Array(cols * 2); rowC = new Int32Array(cols * 2); }
  let prev2 = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC; // row i
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[cols - 1]!;
}

export class FuzzyIndex {
  private readonly byDeletion = new Map<string, string[]>();
  /** Answers by the page word's hash, so a word seen before costs one lookup and no string. */
  private readonly memo = new Map<number, readonly string[]>();

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

  /** Listed words within their edit budget of token `j` (never the word itself). */
  near(tokens: TokenStream, j: number): readonly string[] {
    const hash = tokens.hash[j]!;
    const cached = this.memo.get(hash);
    if (cached) return cached;
    const w = tokens.norm(j);
    const found = w.length < 4 || this.vocabulary.has(w) ? [] : this.search(w);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(hash, found);
    return found;
  }

  private search(word: string): string[] {
    // Deletions of the page word up to two edits, generated flat; each is looked up once.
    const prefix = word.slice(0, PREFIX);
    const candidates = new Set<string>(this.byDeletion.get(prefix));
    for (let i = 0; i < prefix.length; i++) {
      const one = prefix.slice(0, i) + prefix.slice(i + 1);
      for (const w of this.byDeletion.get(one) ?? []) candidates.add(w);
      for (let j = i; j < one.length; j++) {
        const two = one.slice(0, j) + one.slice(j + 1);
        for (const w of this.byDeletion.get(two) ?? []) candidates.add(w);
      }
    }
    const result: string[] = [];
    for (const w of candidates) {
      const budget = editBudget(w);
      const distance = editDistance(word, w, budget);
      if (distance >= 1 && distance <= budget) result.push(w);
    }
    return result;
  }
}
