/**
 * Builds the matcher's index once per dataset: a trie over the normalised words of every listed name,
 * with each name's legal form stripped and its words classed, plus the fuzzy index of distinctive words.
 */
import type { Alias, Dataset, Entry } from '../schema';
import { hashWord, tokenize } from '../text/tokenize';
import { legalSuffixLength } from '../lexicon/legal-forms';
import { COMMON_WORDS } from '../lexicon/common-words';
import { INDUSTRY_WORDS, ORGANISATION_WORDS, tradesOf } from '../lexicon/word-classes';
import { FuzzyIndex } from './fuzzy';

/** One way of writing one entry's name, as the matcher walks it. */
export interface NameVariant {
  entry: Entry;
  alias: Alias;
  /** Normalised words without the legal form. */
  words: readonly string[];
  /** The listed name carried a legal form ("Sdn Bhd"): the name is complete with one. */
  listedWithLegalForm: boolean;
  /** Cannot fire alone: needs a legal form or context (a bare acronym, "Giant", "Da Wang"). */
  weak: boolean;
  /** Made only of common and organisation words ("Top Glove"): needs a capital, a legal form, or to stand alone. */
  commonOnly: boolean;
  /** One word ("Supermax"): a bare brand, at most possible without more evidence. */
  singleWord: boolean;
  /** Trailing organisation words were dropped from the listed name ("Hero Vast" from "Hero Vast Group"). */
  shortened: boolean;
  /** Written in capitals in the list ("XPCC"): must be in capitals on the page. */
  acronym: boolean;
  /** Two listed words written as one on the page ("TopGlove"). */
  joined: boolean;
  cjk: boolean;
}

/** Children are keyed by the word's hash (what the tokenizer gives); `word` confirms a hit. */
export interface TrieNode {
  word: string;
  next: Map<number, TrieNode>;
  variants?: NameVariant[];
}

export interface MatcherIndex {
  dataset: Dataset;
  root: TrieNode;
  fuzzy: FuzzyIndex;
  /** Hashes of the starts of listed words, so "Super Max" is tried as "supermax" only when it might be one. */
  splitPrefixes: ReadonlySet<number>;
  /** Each entry's own trade words (from its merchandise): they may extend a group's name. */
  tradeWords: ReadonlyMap<Entry, ReadonlySet<string>>;
  byId: ReadonlyMap<string, Entry>;
  /** Per word hash: can a name start there? Filled as pages are scanned (see scan.ts). */
  startCache: Map<number, boolean>;
}

function insert(root: TrieNode, words: readonly string[], variant: NameVariant): void {
  let node = root;
  for (const w of words) {
    const h = hashWord(w);
    let child = node.next.get(h);
    if (!child) node.next.set(h, (child = { word: w, next: new Map() }));
    else if (child.word !== w) throw new Error(`hash collision between listed words "${child.word}" and "${w}"`);
    node = child;
  }
  (node.variants ??= []).push(variant);
}

function variantsOf(entry: Entry, alias: Alias): NameVariant[] {
  const tokens = tokenize(alias.name);
  const suffix = legalSuffixLength(tokens);
  const coreLength = tokens.length - suffix;
  if (coreLength === 0) return [];
  const words = tokens.words().slice(0, coreLength);
  const cjk = words.some((_, k) => tokens.cjk(k));
  const isCommon = (w: string) => COMMON_WORDS.has(w) || ORGANISATION_WORDS.has(w) || /^\d+$/.test(w);
  const base: NameVariant = {
    entry,
    alias,
    words,
    listedWithLegalForm: suffix > 0,
    weak: alias.weak === true,
    commonOnly: !cjk && words.every(isCommon),
    singleWord: !cjk && words.length === 1,
    shortened: false,
    acronym: alias.type === 'acronym' || /^[A-Z0-9]{2,6}$/.test(alias.name),
    joined: false,
    cjk,
  };
  const result = [base];
  // "Hero Vast Group" is also written "Hero Vast": drop trailing organisation words, keeping a distinctive core.
  let end = words.length;
  while (end > 1 && ORGANISATION_WORDS.has(words[end - 1]!)) end--;
  const shortWords = words.slice(0, end);
  if (end < words.length && !shortWords.every(isCommon)) {
    result.push({ ...base, words: shortWords, shortened: true, singleWord: end === 1, listedWithLegalForm: false });
  }
  // "TopGlove": each adjacent pair of words may be written joined.
  if (!cjk) {
    for (const v of [...result]) {
      for (let i = 0; i + 1 < v.words.length; i++) {
        const joined = [...v.words.slice(0, i), v.words[i]! + v.words[i + 1]!, ...v.words.slice(i + 2)];
        result.push({ ...v, words: joined, joined: true, singleWord: joined.length === 1, commonOnly: false });
      }
    }
  }
  return result;
}

export function buildIndex(dataset: Dataset): MatcherIndex {
  const steps = buildIndexInSteps(dataset);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Entries indexed between two steps of buildIndexInSteps. */
const ENTRIES_PER_STEP = 25;

/**
 * The same build, pausable: it yields every few entries so a caller on a page's main thread can give the
 * page a turn between steps (the build runs cold in every new page, where it is slowest).
 */
export function* buildIndexInSteps(dataset: Dataset): Generator<void, MatcherIndex> {
  const root: TrieNode = { word: '', next: new Map() };
  const vocabulary = new Set<string>();
  const splitPrefixes = new Set<number>();
  const tradeWords = new Map<Entry, ReadonlySet<string>>();
  let done = 0;
  for (const entry of dataset.entries) {
    tradeWords.set(entry, new Set(tradesOf(`${entry.merchandise} ${entry.scope}`).flatMap((t) => INDUSTRY_WORDS[t] ?? [])));
    for (const alias of entry.aliases) {
      for (const v of variantsOf(entry, alias)) {
        insert(root, v.words, v);
        if (v.acronym || v.cjk || v.joined) continue;
        for (const w of v.words) if (w.length >= 4 && !COMMON_WORDS.has(w)) vocabulary.add(w);
        const first = v.words[0]!;
        for (let i = 2; i < first.length - 1; i++) splitPrefixes.add(hashWord(first.slice(0, i)));
      }
    }
    if (++done % ENTRIES_PER_STEP === 0) yield;
  }
  yield;
  const fuzzy = new FuzzyIndex(vocabulary);
  return {
    dataset,
    root,
    fuzzy,
    splitPrefixes,
    tradeWords,
    byId: new Map(dataset.entries.map((e) => [e.id, e])),
    startCache: new Map(),
  };
}
