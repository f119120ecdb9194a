/**
 * Splits text into normalised word tokens that remember where they stand in the original
 * (UTF-16 offsets), how they were capitalised, and what separates them from the previous token.
 *
 * One pass, no regex on the hot path for ASCII text: normalisation is the matcher's bottleneck,
 * so per-character work is table-driven and the Unicode path runs only for non-ASCII tokens.
 */
import { foldToken } from './normalize';

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

export interface Token {
  /** Normalised form: NFKD with marks removed, case-folded, synonyms applied. */
  norm: string;
  start: number;
  end: number;
  case: Case;
  gap: Gap;
  /** True for a single Han/kana character: scripts written without spaces. */
  cjk: boolean;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 2;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 3;

const HARD_GAP = new Set([';', '|', '!', '?', ':', '\t', '\u2022', '\u00b7', '\u25cf', '\u3002', '\uff1b', '\uff1a']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ffff)
  );
}

function isWordCodePoint(cp: number, ch: string): boolean {
  if (cp < 128) return ASCII_WORD[cp] !== 0;
  return WORD_CHAR.test(ch);
}

function caseOf(raw: string): Case {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) {
      const ch = raw[i]!;
      const lo = ch.toLowerCase();
      if (lo !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  if (upper === 0 && lower === 0) return Case.None;
  if (lower === 0) return upper >= 2 ? Case.Upper : Case.Title;
  const first = raw.charCodeAt(0);
  const firstUpper = (first >= 65 && first <= 90) || (first >= 128 && raw[0]!.toLowerCase() !== raw[0]);
  return firstUpper ? Case.Title : Case.Lower;
}

/**
 * Tokenises `text`. `&` and `+` become the token "and" so "Cotton & Linen" reads as "Cotton and Linen".
 * Apostrophes inside a word are dropped ("Yuan'an" reads as "yuanan").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let gap: Gap = Gap.Space;
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII word start: the fast path.
    if (c < 128 && ASCII_WORD[c] !== 0) {
      const start = i;
      let hasApostrophe = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_WORD[d] !== 0) { i++; continue; }
          if (d === 39 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { hasApostrophe = true; i++; continue; }
          break;
        }
        if (d === 0x2019 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) { hasApostrophe = true; i++; continue; }
        // A non-ASCII letter or mark continues the word ("Fundação"); finish it on the slow path.
        const ch = text[i]!;
        if (WORD_CHAR.test(ch) && !isCjk(d)) { i = scanUnicodeWord(text, i); hasApostrophe = true; break; }
        break;
      }
      pushWord(tokens, text, start, i, hasApostrophe, gapFor(gap, newlines));
      gap = Gap.Space; newlines = 0;
      continue;
    }
    if (c >= 128) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + width);
      if (isCjk(cp)) {
        tokens.push({ norm: foldToken(ch), start: i, end: i + width, case: Case.None, gap: gapFor(gap, newlines), cjk: true });
        gap = Gap.Space; newlines = 0;
        i += width;
        continue;
      }
      if (isWordCodePoint(cp, ch)) {
        const start = i;
        i = scanUnicodeWord(text, i);
        pushWord(tokens, text, start, i, true, gapFor(gap, newlines));
        gap = Gap.Space; newlines = 0;
        continue;
      }
      if (!/\s/.test(ch)) gap = Math.max(gap, HARD_GAP.has(ch) ? Gap.Hard : Gap.Soft) as Gap;
      i += width;
      continue;
    }
    // ASCII separator.
    if (c === 38 || c === 43) {
      // "&" / "+" read as the word "and".
      tokens.push({ norm: 'and', start: i, end: i + 1, case: Case.None, gap: gapFor(gap, newlines), cjk: false });
      gap = Gap.Space; newlines = 0;
    } else if (c === 10) {
      newlines++;
    } else if (c !== 32 && c !== 13) {
      const ch = text[i]!;
      gap = Math.max(gap, HARD_GAP.has(ch) ? Gap.Hard : Gap.Soft) as Gap;
    }
    i++;
  }
  return tokens;
}

function gapFor(gap: Gap, newlines: number): Gap {
  if (newlines >= 2) return Gap.Hard;
  if (newlines === 1 && gap === Gap.Space) return Gap.Soft;
  return gap;
}

function isAsciiLetter(c: number): boolean {
  return c < 128 && ASCII_WORD[c]! >= 2;
}

function scanUnicodeWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (isCjk(cp)) break;
    if (isWordCodePoint(cp, ch)) { i += width; continue; }
    if (APOSTROPHES.has(ch) && i + 1 < n && WORD_CHAR.test(text[i + 1]!)) { i++; continue; }
    break;
  }
  return i;
}

function pushWord(tokens: Token[], text: string, start: number, end: number, slow: boolean, gap: Gap): void {
  const raw = text.slice(start, end);
  const norm = slow ? foldToken(raw) : foldAscii(raw);
  tokens.push({ norm, start, end, case: caseOf(raw), gap, cjk: false });
}

function foldAscii(raw: string): string {
  return foldToken(raw, true);
}
