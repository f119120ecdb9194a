/**
 * Token-level normalisation shared by the dataset, the matcher and every user of them, so a listed
 * name and a page's text are folded the same way.
 */

/** Letters that compatibility decomposition leaves alone but that readers treat as their base letter. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', þ: 'th', ı: 'i', ð: 'd', ħ: 'h',
};
const LETTER_FOLD_RE = /[ßøæœđłþıðħ]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHE_RE = /['\u2019\u02bc]/g;

/**
 * Abbreviations and spelling variants that name the same word. Applied to whole tokens, on both sides,
 * so "Mfg" on a page meets "Manufacturing" in the list and "Centre" meets "Center".
 */
export const TOKEN_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['corp', 'corporation'],
  ['co', 'company'],
  ['cos', 'companies'],
  ['mfg', 'manufacturing'],
  ['mfr', 'manufacturer'],
  ['mfrs', 'manufacturers'],
  ['intl', 'international'],
  ['centre', 'center'],
  ['tech', 'technology'],
  ['hldgs', 'holdings'],
  ['hldg', 'holding'],
  ['grp', 'group'],
  ['bros', 'brothers'],
  ['natl', 'national'],
  ['assn', 'association'],
  ['inds', 'industries'],
  ['indus', 'industries'],
  ['bhd', 'berhad'],
]);

/** Case-folds and strips marks from one token; applies synonyms. */
export function foldToken(raw: string): string {
  let s = raw.toLowerCase().normalize('NFKD').replace(MARKS_RE, '').replace(APOSTROPHE_RE, '');
  s = s.replace(LETTER_FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch).normalize('NFKC');
  return TOKEN_SYNONYMS.get(s) ?? s;
}

