/**
 * Splits text into normalised word tokens that remember where they stand in the original (UTF-16
 * offsets), how they were capitalised, and what separates them from the previous token.
 *
 * Tokens live in typed arrays with a hash of each normalised word, and the word's string is made only
 * when something asks for it: allocating a string and an object per word was the matcher's bottleneck
 * (about 4× the cost of the whole scan), and almost every word on a page is never looked at again.
 */
import { foldToken, TOKEN_SYNONYMS } from './normalize';

/** How a token was written in the original text. Capitalisation is evidence for names. */
export const enum Case {
  Lower = 0,
  /** First letter upper case: "Supermax". */
  Title = 1,
  /** Every letter upper case, two letters or more: "SUPERMAX", "XPCC". */
  Upper = 2,
  /** No case: digits, Han characters. */
  None = 3,
}

/** What stands between a token and the one before it. */
export const enum Gap {
  /** Spaces only (or nothing): the words read as one name. */
  Space = 0,
  /** Soft punctuation or a single line break: "Co., Ltd.", "(Shanshan)", a wrapped table cell. */
  Soft = 1,
  /** A clause or paragraph break: ";", "|", "?", "!", ":", a blank line, a tab. Names never span it. */
  Hard = 2,
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 2;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 3;

const HARD_GAP = new Set([';', '|', '!', '?', ':', '\t', '\u2022', '\u00b7', '\u25cf', '\u3002', '\uff1b', '\uff1a']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The hash the tokenizer gives a normalised word: FNV-1a over its UTF-16 code units. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Abbreviations by the hash of the raw word, so the fast path can apply them without a string. */
const SYNONYM_BY_HASH = new Map<number, { hash: number; word: string }>(
  [...TOKEN_SYNONYMS].map(([from, to]) => [hashWord(from), { hash: hashWord(to), word: to }]),
);

const INFO_CASE = 0b11;
const INFO_GAP_SHIFT = 2;
const INFO_CJK = 1 << 4;

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  );
}

function isAsciiLetter(c: number): boolean {
  return c < 128 && ASCII_WORD[c]! >= 2;
}

function caseOf(raw: string): Case {
  let upper = 0;
  let lower = 0;
  for (const ch of raw) {
    const lo = ch.toLowerCase();
    if (lo !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  if (upper === 0 && lower === 0) return Case.None;
  if (lower === 0) return upper >= 2 ? Case.Upper : Case.Title;
  return raw[0]!.toLowerCase() !== raw[0] ? Case.Title : Case.Lower;
}

/** The tokens of one text, as parallel arrays. */
export class TokenStream {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  /** hashWord() of each token's normalised form. */
  hash: Int32Array;
  private info: Uint8Array;
  /** Normalised forms made so far (all of them for non-ASCII tokens, on demand for the rest). */
  private readonly norms: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const capacity = Math.max(16, text.length >> 2);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.info = new Uint8Array(capacity);
  }

  /** The normalised word: NFKD with marks removed, case-folded, abbreviations expanded. */
  norm(i: number): string {
    let n = this.norms[i];
    if (n === undefined) {
      n = this.text.slice(this.start[i], this.end[i]).toLowerCase();
      n = TOKEN_SYNONYMS.get(n) ?? n;
      this.norms[i] = n;
    }
    return n;
  }

  case(i: number): Case {
    return (this.info[i]! & INFO_CASE) as Case;
  }

  gap(i: number): Gap {
    return (this.info[i]! >> INFO_GAP_SHIFT) & 0b11;
  }

  cjk(i: number): boolean {
    return (this.info[i]! & INFO_CJK) !== 0;
  }

  /** Every normalised word, for code off the hot path (index building, tests). */
  words(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.norm(i));
  }

  push(start: number, end: number, hash: number, wordCase: Case, gap: Gap, cjk: boolean, norm?: string): void {
    const k = this.length;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.hash[k] = hash;
    this.info[k] = wordCase | (gap << INFO_GAP_SHIFT) | (cjk ? INFO_CJK : 0);
    if (norm !== undefined) this.norms[k] = norm;
    this.length = k + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = grown(this.start, (n) => new Int32Array(n));
    this.end = grown(this.end, (n) => new Int32Array(n));
    this.hash = grown(this.hash, (n) => new Int32Array(n));
    this.info = grown(this.info, (n) => new Uint8Array(n));
  }
}

/**
 * Tokenises `text`. `&` and `+` become the token "and" so "Cotton & Linen" reads as "Cotton and Linen".
 * Apostrophes inside a word are dropped ("Yuan'an" reads as "yuanan"). Han and kana characters are one
 * token each, since those scripts are written without spaces.
 */
export function tokenize(text: string): TokenStream {
  const out = new TokenStream(text);
  const n = text.length;
  let gap: Gap = Gap.Space;
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_WORD[c] !== 0) {
      // The fast path: hash and case are computed while scanning; no string is made.
      const start = i;
      let slow = false;
      let upper = 0;
      let lower = 0;
      let h = FNV_OFFSET;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const kind = ASCII_WORD[d]!;
          if (kind !== 0) {
            if (kind === 2) upper++;
            else if (kind === 3) lower++;
            h = Math.imul(h ^ (d | (kind === 2 ? 32 : 0)), FNV_PRIME);
            continue;
          }
          if (d === 39 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { slow = true; continue; }
          break;
        }
        if (d === 0x2019 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { slow = true; continue; }
        // A non-ASCII letter or mark continues the word ("Fundação"): finish it on the slow path.
        if (!isCjk(d) && WORD_CHAR.test(text[i]!)) { i = scanUnicodeWord(text, i); slow = true; }
        break;
      }
      const g = gapFor(gap, newlines);
      if (slow) pushSlowWord(out, text, start, i, g);
      else {
        const wordCase = lower === 0 ? (upper === 0 ? Case.None : upper >= 2 ? Case.Upper : Case.Title)
          : ASCII_WORD[c] === 2 ? Case.Title : Case.Lower;
        const synonym = SYNONYM_BY_HASH.get(h);
        out.push(start, i, synonym ? synonym.hash : h, wordCase, g, false, synonym?.word);
      }
      gap = Gap.Space; newlines = 0;
      continue;
    }
    if (c >= 128) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
      if (isCjk(cp)) {
        const norm = foldToken(ch);
        out.push(i, i + width, hashWord(norm), Case.None, gapFor(gap, newlines), true, norm);
        gap = Gap.Space; newlines = 0;
        i += width;
        continue;
      }
      if (WORD_CHAR.test(ch)) {
        const start = i;
        i = scanUnicodeWord(text, i);
        pushSlowWord(out, text, start, i, gapFor(gap, newlines));
        gap = Gap.Space; newlines = 0;
        continue;
      }
      if (!SPACE.test(ch)) gap = Math.max(gap, HARD_GAP.has(ch) ? Gap.Hard : Gap.Soft) as Gap;
      i += width;
      continue;
    }
    // ASCII separator.
    if (c === 38 || c === 43) {
      // "&" and "+" read as the word "and".
      out.push(i, i + 1, AND_HASH, Case.None, gapFor(gap, newlines), false, 'and');
      gap = Gap.Space; newlines = 0;
    } else if (c === 10) {
      newlines++;
    } else if (c !== 32 && c !== 13) {
      gap = Math.max(gap, HARD_GAP.has(text[i]!) ? Gap.Hard : Gap.Soft) as Gap;
    }
    i++;
  }
  return out;
}

const AND_HASH = hashWord('and');

function gapFor(gap: Gap, newlines: number): Gap {
  if (newlines >= 2) return Gap.Hard;
  if (newlines === 1 && gap === Gap.Space) return Gap.Soft;
  return gap;
}

function scanUnicodeWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isCjk(cp)) break;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i]!;
    if (cp < 128 ? ASCII_WORD[cp] !== 0 : WORD_CHAR.test(ch)) { i += width; continue; }
    if (APOSTROPHES.has(ch) && i + 1 < n && WORD_CHAR.test(text[i + 1]!)) { i++; continue; }
    break;
  }
  return i;
}

function pushSlowWord(out: TokenStream, text: string, start: number, end: number, gap: Gap): void {
  const raw = text.slice(start, end);
  const norm = foldToken(raw);
  out.push(start, end, hashWord(norm), caseOf(raw), gap, false, norm);
}

/** The normalised words of a short text (a listed name, a legal form): off the hot path. */
export function words(text: string): string[] {
  return tokenize(text).words();
}
