/**
 * Legal forms ("Sdn Bhd", "Co., Ltd.", "有限公司", "S.A. de C.V."): recognised as token sequences after a
 * name, canonicalised so "Berhad" and "Bhd" are one form, and grouped by jurisdiction so a match can tell
 * an entity's own legal form from a foreign one.
 */
import table from '../generated/legal-forms.json';
import { Case, Gap, hashWord, type TokenStream } from '../text/tokenize';

export interface LegalFormMatch {
  /** Tokens the form spans. */
  length: number;
  canonical: string;
}

interface Node {
  word: string;
  next: Map<number, Node>;
  canonical?: string;
  needsCase?: boolean;
}

const root: Node = { word: '', next: new Map() };
for (const [form, canonical, needsCase] of table.forms as [string, string, number?][]) {
  let node = root;
  for (const word of form.split(' ')) {
    const h = hashWord(word);
    let child = node.next.get(h);
    if (!child) node.next.set(h, (child = { word, next: new Map() }));
    node = child;
  }
  node.canonical = canonical;
  if (needsCase) node.needsCase = true;
}

/**
 * The longest legal form starting at token `i`, or null. Forms made of common words or single letters
 * ("as", "co", "s a") count only when written with a capital or with dots, so prose ("sold as gloves")
 * is not a legal form.
 */
export function legalFormAt(tokens: TokenStream, i: number, requireCase = true): LegalFormMatch | null {
  let node = root;
  let best: LegalFormMatch | null = null;
  let cased = false;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && tokens.gap(j) === Gap.Hard) break;
    const child = node.next.get(tokens.hash[j]!);
    if (!child || child.word !== tokens.norm(j)) break;
    node = child;
    // A capital, or single letters joined by dots ("d.o.o.", "s.a."), shows the words are a legal form.
    if (tokens.case(j) !== Case.Lower || (j > i && tokens.gap(j) === Gap.Soft && child.word.length === 1)) cased = true;
    if (node.canonical && (!node.needsCase || cased || !requireCase)) best = { length: j - i + 1, canonical: node.canonical };
  }
  return best;
}

/** How many trailing tokens of a listed name form its legal form(s): "Natchi Apparel (P) Ltd." → 2. */
export function legalSuffixLength(tokens: TokenStream): number {
  for (let start = Math.max(1, tokens.length - 8); start < tokens.length; start++) {
    let i = start;
    while (i < tokens.length) {
      const m = legalFormAt(tokens, i, false);
      if (!m) break;
      i += m.length;
    }
    if (i === tokens.length) return tokens.length - start;
  }
  return 0;
}

/** Canonical legal forms by the country an entity is registered in. */
const JURISDICTION_FORMS: Record<string, readonly string[]> = {
  Malaysia: ['Sdn Bhd', 'bhd'],
  China: ['CoLtd', 'Ltd', 'JSC'],
  'Hong Kong': ['Ltd', 'CoLtd'],
  Taiwan: ['CoLtd', 'Ltd', 'JSC'],
  'United Kingdom': ['Ltd', 'PLC', 'LLP'],
  'United States': ['Inc', 'LLC'],
  India: ['Pvt Ltd', 'Ltd'],
  Mexico: ['SACV', 'SA'],
  Serbia: ['doo'],
  'Dominican Republic': ['SRL', 'SA'],
  Brazil: ['Ltd', 'SA'],
  Mauritius: ['Ltd'],
  'South Korea': ['CoLtd', 'Ltd'],
};

/** True when `canonical` is a legal form used in `country`: evidence that a bare brand names that country's company. */
export function isLegalFormOf(country: string, canonical: string): boolean {
  return JURISDICTION_FORMS[country]?.includes(canonical) ?? false;
}
