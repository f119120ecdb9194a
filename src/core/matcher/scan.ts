/**
 * Finds every listed name in a text in one pass over its tokens: at each token, walk the name trie as far
 * as the text allows (exact words first, then a bounded fuzzy step for distinctive words), classify each
 * complete name by the evidence around it, and keep the best match per span.
 */
import { Case, Gap, hashWord, tokenize, type TokenStream } from '../text/tokenize';
import { isLegalFormOf, legalFormAt, type LegalFormMatch } from '../lexicon/legal-forms';
import { ALL_INDUSTRY_WORDS, ORGANISATION_WORDS, PLACE_WORDS } from '../lexicon/word-classes';
import type { MatcherIndex, NameVariant, TrieNode } from './build-index';
import { TIER_RANK, type Match, type MatchRule, type Tier } from './types';

/** Words near a weak region name that show the text is about China or Xinjiang. */
const CHINA_CONTEXT = new Set(['china', 'chinese', 'prc', 'xinjiang', 'xuar', 'uyghur', 'uygur', 'uighur', '中', '国', '新', '疆']);
/** Words that show a weak vessel name is about a ship. */
const VESSEL_CONTEXT = new Set(['vessel', 'vessels', 'fishing', 'ship', 'fv', 'trawler', 'longliner', 'boat', 'flagged']);
const CONTEXT_WINDOW = 20;
const MAX_FUZZY_EDITS_PER_NAME = 2;
/** Distinct words remembered by canStartName; cleared when full so a huge page cannot grow it forever. */
const START_CACHE_LIMIT = 200_000;

interface Candidate {
  variant: NameVariant;
  first: number;
  /** Index of the name's last token. */
  last: number;
  edits: number;
  split: boolean;
}

export function scanText(index: MatcherIndex, text: string): Match[] {
  return scanTokens(index, tokenize(text));
}

function scanTokens(index: MatcherIndex, tokens: TokenStream): Match[] {
  const found: Match[] = [];
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!canStartName(index, tokens, i)) continue;
    candidates.length = 0;
    walk(index, tokens, index.root, i, i, 0, false, candidates);
    trySplit(index, tokens, i, candidates);
    for (const c of candidates) {
      const m = classify(index, tokens, c);
      if (m) found.push(m);
    }
  }
  return resolveOverlaps(found);
}

/**
 * Whether a name could start at token `i`: its word starts a listed name, is a near miss of one, or may
 * be the first half of a split word. Remembered per distinct word, so the common case (a word that
 * starts nothing) costs one map lookup and makes no string.
 */
function canStartName(index: MatcherIndex, tokens: TokenStream, i: number): boolean {
  const h = tokens.hash[i]!;
  let can = index.startCache.get(h);
  if (can === undefined) {
    const root = index.root.next;
    can = root.has(h) || index.splitPrefixes.has(h)
      || (tokens.case(i) !== Case.None && tokens.end[i]! - tokens.start[i]! >= 4 && index.fuzzy.near(tokens, i).some((w) => root.has(hashWord(w))));
    if (index.startCache.size >= START_CACHE_LIMIT) index.startCache.clear();
    index.startCache.set(h, can);
  }
  return can;
}

/** Walks the trie from `node` over tokens j…, collecting every complete name. */
function walk(index: MatcherIndex, tokens: TokenStream, node: TrieNode, first: number, j: number, edits: number, split: boolean, out: Candidate[]): void {
  if (j >= tokens.length) return;
  if (j > first && tokens.gap(j) === Gap.Hard) return;
  const h = tokens.hash[j]!;
  const exact = node.next.get(h);
  if (exact && exact.word === tokens.norm(j)) step(index, tokens, exact, first, j, edits, split, out);
  // Words without letters (numbers, Han characters) are never typos of a listed word.
  if (edits >= MAX_FUZZY_EDITS_PER_NAME || tokens.end[j]! - tokens.start[j]! < 4 || tokens.case(j) === Case.None) return;
  for (const near of index.fuzzy.near(tokens, j)) {
    const child = node.next.get(hashWord(near));
    if (child) step(index, tokens, child, first, j, edits + 1, split, out);
  }
}

function step(index: MatcherIndex, tokens: TokenStream, node: TrieNode, first: number, j: number, edits: number, split: boolean, out: Candidate[]): void {
  if (node.variants) for (const variant of node.variants) out.push({ variant, first, last: j, edits, split });
  if (node.next.size) walk(index, tokens, node, first, j + 1, edits, split, out);
}

/** "Super Max": two page words that together make a listed word start a walk as one. */
function trySplit(index: MatcherIndex, tokens: TokenStream, i: number, out: Candidate[]): void {
  if (i + 1 >= tokens.length || tokens.gap(i + 1) !== Gap.Space || !index.splitPrefixes.has(tokens.hash[i]!)) return;
  const joined = tokens.norm(i) + tokens.norm(i + 1);
  const node = index.root.next.get(hashWord(joined));
  if (!node || node.word !== joined) return;
  const before = out.length;
  step(index, tokens, node, i, i + 1, 0, true, out);
  for (let k = before; k < out.length; k++) out[k]!.split = true;
}

interface Tail {
  legalForm: LegalFormMatch | null;
  /** Organisation words between the name and its legal form ("Trading" in "Da Wang Trading Co"). */
  orgWords: number;
  /** Token index just after the name and its legal form. */
  end: number;
}

/** What follows a name: organisation words, then a legal form (or "Company"/"Corporation" standing as one). */
function tailAfter(tokens: TokenStream, k: number): Tail {
  let m = k;
  while (m < tokens.length && tokens.gap(m) === Gap.Space && ORGANISATION_WORDS.has(tokens.norm(m)) && !isDesignator(tokens, m)) m++;
  if (m < tokens.length && tokens.gap(m) !== Gap.Hard) {
    const lf = legalFormAt(tokens, m);
    if (lf) return { legalForm: lf, orgWords: m - k, end: m + lf.length };
    if (isDesignator(tokens, m)) {
      const after = m + 1 < tokens.length && tokens.gap(m + 1) !== Gap.Hard ? legalFormAt(tokens, m + 1) : null;
      return { legalForm: { length: 1 + (after?.length ?? 0), canonical: after?.canonical ?? 'Co' }, orgWords: m - k, end: m + 1 + (after?.length ?? 0) };
    }
  }
  return { legalForm: null, orgWords: 0, end: k };
}

/** "Co", "Company", "Corporation" written with a capital after a name act as its legal form. */
function isDesignator(tokens: TokenStream, k: number): boolean {
  const w = tokens.norm(k);
  return (w === 'company' || w === 'corporation') && tokens.case(k) !== Case.Lower;
}

/** The token starts a word that continues the same name: same line, no punctuation, and cased like a name. */
function continuesName(tokens: TokenStream, k: number, upperContext: boolean): boolean {
  if (k >= tokens.length || tokens.gap(k) !== Gap.Space || tokens.cjk(k) || tokens.norm(k) === 'and') return false;
  return upperContext || tokens.case(k) !== Case.Lower;
}

/**
 * Words after a group's name that keep it the same group: its trade, organisation and place words,
 * then optionally a legal form. Returns the index of the last such token, or -1 when none follow.
 */
function groupExtension(index: MatcherIndex, tokens: TokenStream, v: NameVariant, k: number): number {
  const own = index.tradeWords.get(v.entry)!;
  let m = k;
  while (m < tokens.length && tokens.gap(m) === Gap.Space && !tokens.cjk(m)) {
    const w = tokens.norm(m);
    if (own.has(w) || ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w)) { m++; continue; }
    if (legalFormAt(tokens, m)) break;
    return -1;
  }
  if (m === k) return -1;
  const lf = m < tokens.length && tokens.gap(m) !== Gap.Hard ? legalFormAt(tokens, m) : null;
  return lf ? m + lf.length - 1 : m - 1;
}

function hasContextNear(tokens: TokenStream, first: number, last: number, words: ReadonlySet<string>): boolean {
  const from = Math.max(0, first - CONTEXT_WINDOW);
  const to = Math.min(tokens.length, last + 1 + CONTEXT_WINDOW);
  for (let k = from; k < to; k++) if ((k < first || k > last) && words.has(tokens.norm(k))) return true;
  return false;
}

function classify(index: MatcherIndex, tokens: TokenStream, c: Candidate): Match | null {
  const { variant: v, first, last } = c;
  const named: number[] = [];
  for (let k = first; k <= last; k++) named.push(k);
  if (v.acronym && named.some((k) => tokens.case(k) !== Case.Upper)) return null;
  const entry = v.entry;
  const tail = v.cjk ? { legalForm: legalFormAt(tokens, last + 1), orgWords: 0, end: last + 1 } : tailAfter(tokens, last + 1);
  if (v.cjk && tail.legalForm) tail.end = last + 1 + tail.legalForm.length;
  const lf = tail.legalForm;
  const spanEnd = lf ? tail.end - 1 : last;

  const result = (tier: Tier, rule: MatchRule, through = spanEnd): Match => {
    const m: Match = {
      start: tokens.start[first]!,
      end: tokens.end[through]!,
      entryId: entry.id,
      tier,
      score: scoreOf(tier, c.edits),
      rule,
      alias: v.alias.name,
    };
    if (lf) m.legalForm = lf.canonical;
    if (c.edits) m.edits = c.edits;
    if (rule === 'group-name') m.group = tokens.text.slice(tokens.start[first], tokens.end[last]);
    return m;
  };

  if (entry.kind === 'region') {
    if (v.weak && !hasContextNear(tokens, first, last, CHINA_CONTEXT)) return null;
    if (c.edits || c.split) return null;
    return result('region', 'region-mention');
  }

  // A typo needs an exact companion word, and never touches names of common words.
  if (c.edits) {
    if (v.words.length < 2 || v.commonOnly || v.weak || v.shortened || c.edits >= v.words.length) return null;
    const companion = v.words.some((w, k) => w.length >= 4 && first + k <= last && tokens.norm(first + k) === w);
    if (!companion) return null;
    return result('possible', 'typo');
  }
  if (c.split) return v.commonOnly || v.weak ? null : result('possible', 'split-word');

  const allUpper = named.every((k) => tokens.case(k) === Case.Upper || tokens.case(k) === Case.None);
  const standsAlone = (first === 0 || tokens.gap(first) !== Gap.Space)
    && (tail.end >= tokens.length || tokens.gap(tail.end) !== Gap.Space);

  if (v.weak) {
    if (lf && tail.orgWords === 0 && v.listedWithLegalForm) return result('exact', 'corroborated-name');
    if (lf) return v.singleWord && tail.orgWords === 0 && !isLegalFormOf(entry.country, lf.canonical) ? null : result('possible', 'weak-alias');
    if (entry.kind === 'vessel' && hasContextNear(tokens, first, last, VESSEL_CONTEXT)) return result('possible', 'weak-alias');
    return null;
  }

  if (v.commonOnly) {
    const capitalised = tokens.case(first) === Case.Title
      && named.every((k) => tokens.case(k) === Case.Title || (tokens.case(k) === Case.Lower && ORGANISATION_WORDS.has(tokens.norm(k))));
    if (!lf && !capitalised && !standsAlone) return null;
    if (!lf && continuesName(tokens, tail.end, allUpper)) return null;
  }

  // A distinctive acronym the order itself uses ("XPCC"), written in capitals: the listed name.
  if (v.acronym && !v.joined) return result('exact', 'listed-name');

  if (v.singleWord && !v.cjk) {
    if (lf && tail.orgWords === 0 && isLegalFormOf(entry.country, lf.canonical)) return result('strong', 'brand-with-own-legal-form');
    const extended = entry.group ? groupExtension(index, tokens, v, last + 1) : -1;
    if (extended >= 0) return result('strong', 'group-name', extended);
    return result('possible', 'bare-brand');
  }

  if (v.shortened) {
    if (lf) return result('strong', 'group-name');
    const extended = entry.group ? groupExtension(index, tokens, v, last + 1) : -1;
    if (extended >= 0) return result('strong', 'group-name', extended);
    return result('possible', 'bare-brand');
  }

  if (!lf && !v.cjk && continuesName(tokens, last + 1, allUpper)) {
    // "Sime Darby Plantation Research": the listed name inside a longer one.
    const next = tokens.norm(last + 1);
    const otherTrade = ALL_INDUSTRY_WORDS.has(next) && !index.tradeWords.get(entry)!.has(next);
    if (entry.group && !otherTrade) return result('strong', 'group-name');
    return result('possible', 'inside-longer-name');
  }
  return result('exact', 'listed-name');
}

function scoreOf(tier: Tier, edits: number): number {
  switch (tier) {
    case 'exact': return 1;
    case 'strong': return 0.85;
    case 'possible': return Math.max(0.4, 0.65 - 0.1 * edits);
    case 'region': return 0.5;
  }
}

/**
 * Keeps the best match per span: the higher tier wins, then the longer span (a subsidiary's name that
 * contains its parent's wins; a company absorbs a region word inside it); equal spans keep every entry.
 */
function resolveOverlaps(found: Match[]): Match[] {
  if (found.length <= 1) return found;
  const best = new Map<string, Match>();
  for (const m of found) {
    const key = `${m.start}:${m.end}:${m.entryId}`;
    const prev = best.get(key);
    if (!prev || TIER_RANK[m.tier] > TIER_RANK[prev.tier] || (m.tier === prev.tier && m.score > prev.score)) best.set(key, m);
  }
  const ordered = [...best.values()].sort((a, b) =>
    TIER_RANK[b.tier] - TIER_RANK[a.tier] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  // Accepted spans, sorted by start and never overlapping: a clash can only be with a neighbour.
  const spans: { start: number; end: number; rank: number }[] = [];
  for (const m of ordered) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    const clash = [spans[lo - 1], spans[lo]].find((s) => s && m.start < s.end && s.start < m.end);
    if (clash) {
      if (clash.start === m.start && clash.end === m.end && clash.rank === TIER_RANK[m.tier]) kept.push(m);
      continue;
    }
    spans.splice(lo, 0, { start: m.start, end: m.end, rank: TIER_RANK[m.tier] });
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || TIER_RANK[b.tier] - TIER_RANK[a.tier]);
}
