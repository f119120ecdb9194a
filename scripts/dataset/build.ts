/**
 * Builds src/data/dataset.json, the list WRO Lens ships, from the research files in ../shared/data and the
 * curation in ./curation.ts, then validates it against the schema. Run: npm run build:dataset.
 * `--check` compares instead of writing (tests use it so the shipped list cannot drift from its sources).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ILO_INDICATORS, parseDataset, type Alias, type Entry, type StatusEvent } from '../../src/core/schema';
import { tokenize, words } from '../../src/core/text/tokenize';
import { legalSuffixLength } from '../../src/core/lexicon/legal-forms';
import { ORGANISATION_WORDS } from '../../src/core/lexicon/word-classes';
import { CURATION, type Curation } from './curation';

export const DATASET_VERSION = '2026.11.24';
export const AS_OF = '2026-11-24';

interface ResearchRecord {
  id: string;
  issued: string | null;
  country: string;
  entity: string;
  aliases: string[];
  kind: Entry['kind'];
  merchandise: string;
  scope: string;
  status: 'active' | 'modified' | 'revoked' | 'finding';
  status_date: string | null;
  indicators: string[];
  sources: string[];
  confidence: Entry['confidence'];
  order_type?: 'WRO' | 'Finding';
  uflpa_section?: string | null;
  notes?: string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const researchDir = process.env.WRO_LENS_RESEARCH ?? `${root}../shared/data`;
const outFile = `${root}src/data/dataset.json`;

/** Scope text that follows a name in CBP's wording ("… and its subsidiaries, joint ventures …"). */
const SCOPE_SUFFIX = /,?\s+(?:and\s+)?(?:its|their)?\s*(?:subsidiaries|subordinates)\b.*$|\s+and\s+(?:its\s+|their\s+)?subsidiaries\b.*$/i;
const VESSEL_PREFIX = /^(?:fishing\s+vessels?(?:\s+owned\s+by)?:?\s*)/i;
/** A note a source put in brackets after an alias: not part of the name. */
const ALIAS_NOTE = /\s*\(((?:former name)|(?:owner\/operator)|(?:as (?:named|written) by[^)]*)|(?:spelling used by[^)]*))\)\s*$/i;

/** How secondary sources word ILO indicators, mapped to the ILO's names. */
const INDICATOR_SYNONYMS: Record<string, (typeof ILO_INDICATORS)[number]> = {
  'physical violence': 'Physical and sexual violence',
  'abusive living and working conditions': 'Abusive working and living conditions',
};

function read(file: string): ResearchRecord[] {
  return JSON.parse(readFileSync(`${researchDir}/${file}`, 'utf8'));
}

function stripScope(entity: string): string {
  return entity.replace(VESSEL_PREFIX, '').replace(SCOPE_SUFFIX, '').replace(/\s*\([A-Z]{3,6}\)\s*$/, '').trim();
}

/**
 * A bare acronym of three letters or fewer, alone or with organisation words ("FGV", "YTY Group"), cannot
 * fire alone. Names of common words only ("Top Glove") are not weak: the matcher asks them for a capital
 * or a legal form instead.
 */
function looksWeak(name: string): boolean {
  const tokens = tokenize(name);
  const core = tokens.words().slice(0, tokens.length - legalSuffixLength(tokens)).filter((w) => !ORGANISATION_WORDS.has(w));
  return core.length > 0 && !tokens.cjk(0) && core.every((w) => w.length <= 3);
}

function mapIndicators(raw: string[], count: number | undefined): Entry['indicators'] {
  const ilo = new Set<(typeof ILO_INDICATORS)[number]>();
  const other: string[] = [];
  let stated = count;
  for (const text of raw) {
    const lower = text.toLowerCase().trim();
    const match = ILO_INDICATORS.find((name) => name.toLowerCase() === lower) ?? INDICATOR_SYNONYMS[lower];
    if (match) { ilo.add(match); continue; }
    // "10 of 11 ILO indicators (not itemised…)": a count without a list.
    const counted = /^(\d+|five|seven|ten)\b.*ilo indicators/i.exec(lower);
    if (counted) { stated ??= ({ five: 5, seven: 7, ten: 10 } as Record<string, number>)[counted[1]!] ?? Number(counted[1]); continue; }
    other.push(text);
  }
  const ordered = ILO_INDICATORS.filter((name) => ilo.has(name));
  return stated !== undefined && stated !== ordered.length ? { ilo: ordered, count: stated, other } : { ilo: ordered, other };
}

function statusEvents(r: ResearchRecord): StatusEvent[] {
  if (!r.status_date) return [];
  if (r.status === 'modified') return [{ type: r.kind === 'region' ? 'modified' : 'lifted', date: r.status_date, note: r.notes }];
  if (r.status === 'revoked') return [{ type: 'revoked', date: r.status_date, note: r.notes }];
  if (r.status === 'finding') return [{ type: 'converted-to-finding', date: r.status_date }];
  return [];
}

/** The event that starts a record: listed (UFLPA), issued (a WRO, or a Finding with no WRO before it), or a WRO converted to a Finding. */
function firstEvent(r: ResearchRecord, list: Entry['list'], after: boolean): StatusEvent {
  const type = list === 'uflpa' ? 'listed' : after ? 'converted-to-finding' : 'issued';
  return { type, date: r.issued };
}

function todayStatus(list: Entry['list'], r: ResearchRecord, curation: Curation): Entry['status'] {
  if (curation.status) return curation.status;
  if (r.status === 'modified') return 'lifted';
  if (r.status === 'revoked') return 'revoked';
  return list === 'finding' ? 'finding' : 'active';
}

function aliasesFor(r: ResearchRecord, name: string, c: Curation): Alias[] {
  const result: Alias[] = [];
  const seen = new Set<string>();
  const key = (s: string) => words(s).join(' ');
  const push = (alias: Alias) => {
    const k = key(alias.name);
    if (!k || seen.has(k)) return;
    seen.add(k);
    const weak = alias.weak ?? (c.weak?.includes(alias.name) || looksWeak(alias.name));
    result.push(weak ? { ...alias, weak: true } : alias);
  };
  push({ name, type: 'name' });
  for (const raw of r.aliases) {
    if (c.dropAliases?.includes(raw)) continue;
    const note = ALIAS_NOTE.exec(raw);
    const clean = raw.replace(ALIAS_NOTE, '').replace(VESSEL_PREFIX, '').trim();
    const type: Alias['type'] = note?.[1]?.toLowerCase() === 'former name' ? 'former'
      : /^[A-Z]{2,6}$/.test(clean) ? 'acronym'
      : /^\p{Script=Han}/u.test(clean) ? 'translation'
      : r.entity.includes(clean) && clean !== name && !name.includes(clean) ? 'subsidiary' : 'variant';
    push({ name: clean, type });
  }
  const acronym = /\(([A-Z]{3,6})\)/.exec(r.entity)?.[1];
  if (acronym) push({ name: acronym, type: 'acronym' });
  for (const extra of c.aliases ?? []) push(extra);
  return result;
}

function buildEntry(r: ResearchRecord, merged: ResearchRecord | undefined, list: Entry['list']): Entry {
  const c = CURATION[r.id] ?? { id: defaultId(r, list) };
  const name = c.name ?? stripScope(r.entity);
  const finalList: Entry['list'] = merged?.order_type === 'Finding' ? 'finding' : list;
  const latest = merged ?? r;
  const history: StatusEvent[] = [firstEvent(r, list, false), ...(merged ? [firstEvent(merged, finalList, true)] : [])];
  for (const e of [...statusEvents(latest), ...(c.events ?? [])]) {
    const same = history.findIndex((h) => h.type === e.type);
    if (same >= 0 && e.date === null && history[same]!.date === null) history[same] = e;
    else if (same >= 0 && e.type !== 'converted-to-finding') history[same] = e;
    else if (same < 0) history.push(e);
  }
  const sortable = (h: StatusEvent) => h.date ?? '9999';
  history.sort((a, b) => (sortable(a) < sortable(b) ? -1 : sortable(a) > sortable(b) ? 1 : 0));
  const statusEvent = [...history].reverse().find((h) => ['lifted', 'revoked', 'converted-to-finding', 'modified'].includes(h.type));
  const status = todayStatus(finalList, latest, c);
  const entry: Entry = {
    id: c.id,
    list: finalList,
    kind: r.kind,
    name,
    listedAs: r.entity,
    aliases: aliasesFor(r, name, c).concat(merged ? aliasesFor(merged, name, c).filter((a) => a.type !== 'name') : []),
    country: r.country,
    merchandise: r.merchandise,
    scope: r.scope,
    group: c.group ?? /subsidiar|subordinat|affiliat|group/i.test(r.entity),
    indicators: mapIndicators([...r.indicators, ...(merged?.indicators ?? [])], c.indicatorCount),
    status,
    statusDate: status === 'active' ? null : statusEvent?.date ?? latest.status_date,
    history,
    sources: [...new Set([...r.sources, ...(merged?.sources ?? [])])],
    confidence: r.confidence,
  };
  if (c.seed2021) entry.seed2021 = c.seed2021;
  const notes = [r.notes, merged?.notes].filter(Boolean).join(' ');
  if (notes) entry.notes = notes;
  if (r.uflpa_section) entry.notes = `${entry.notes ? `${entry.notes} ` : ''}UFLPA section ${r.uflpa_section}.`;
  entry.aliases = dedupeAliases(entry.aliases);
  return entry;
}

function dedupeAliases(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const k = words(a.name).join(' ');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function defaultId(r: ResearchRecord, list: Entry['list']): string {
  const slug = words(stripScope(r.entity))
    .filter((w) => /^[a-z0-9]+$/.test(w) && !['company', 'ltd', 'limited', 'and', 'the', 'of', 'corporation', 'group', 'inc'].includes(w));
  return `${list === 'uflpa' ? 'uflpa-' : ''}${slug.slice(0, 5).join('-')}`;
}

export function buildDataset() {
  const wro = read('wro-dataset.json');
  const uflpa = read('uflpa-entity-list.json');
  const mergedIds = new Set(Object.values(CURATION).map((c) => c.merge).filter(Boolean));
  const byId = new Map(wro.map((r) => [r.id, r]));
  const entries: Entry[] = [];
  for (const r of wro) {
    if (mergedIds.has(r.id)) continue;
    const merge = CURATION[r.id]?.merge;
    entries.push(buildEntry(r, merge ? byId.get(merge) : undefined, r.order_type === 'Finding' ? 'finding' : 'wro'));
  }
  // The combined Yili Zhuowan / Baoding LYSZD order names two companies: one entry each.
  const combined = byId.get('WRO-2020-09-03-YILI-ZHUOWAN-GARMENT-MANUFACTURING-CO-LT')!;
  const zhuowan = entries.find((e) => e.id === 'zhuowan')!;
  entries.push({ ...zhuowan, id: 'lyszd', name: 'Baoding LYSZD Trade and Business Co., Ltd.', aliases: [{ name: 'Baoding LYSZD Trade and Business Co., Ltd.', type: 'name' }], listedAs: combined.entity });
  for (const r of uflpa) entries.push(buildEntry(r, undefined, 'uflpa'));
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));

  return parseDataset({
    schemaVersion: 1,
    version: DATASET_VERSION,
    asOf: AS_OF,
    title: 'CBP Withhold Release Orders and Findings (2016–2026) and part of the DHS UFLPA Entity List',
    sources: [
      'US Customs and Border Protection: Withhold Release Orders and Findings list, press releases and CSMS messages',
      'Federal Register notices of Findings and their revocation',
      'DHS Forced Labor Enforcement Task Force: UFLPA Entity List (55 of 144 entities, as of January 2025)',
      'Independent Anti-Slavery Commissioner, letter to permanent secretaries, 22 November 2021',
    ],
    entries,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = JSON.stringify(buildDataset(), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    const current = readFileSync(outFile, 'utf8');
    if (current !== text) {
      console.error('src/data/dataset.json is out of date: run npm run build:dataset');
      process.exit(1);
    }
  } else {
    writeFileSync(outFile, text);
    console.log(`wrote ${outFile}`);
  }
}
