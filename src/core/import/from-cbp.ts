/**
 * Turns CBP's rows into a dataset, on top of the list in use: an order already in the list keeps its curated
 * details (aliases, former names, ILO indicators, history, the 2021 letter's wording) and takes CBP's status
 * and type; an order CBP lists that the list lacks is added with what the CSV says; a WRO or Finding CBP no
 * longer lists is removed. UFLPA entries are not CBP's to list, so they are kept as they are.
 */
import type { Dataset, Entry, StatusEvent } from '../schema';
import { buildIndex, scanText } from '../matcher';
import type { CbpRow } from './cbp-csv';
import { nameKey, withoutScope } from './name-key';

/** CBP's own page of the list: the source of an order added from its CSV without a press release. */
const CBP_LIST_URL = 'https://www.cbp.gov/newsroom/stats/trade/withhold-release-orders-and-findings';

const TITLE_NOTE = / \(orders updated from CBP's CSV on [\d-]+\)$/;

export interface KeptDetails {
  id: string;
  name: string;
  aliases: number;
  indicators: number;
  history: number;
  seedWording: boolean;
}

export interface CbpImport {
  dataset: Dataset;
  /** Curated details kept for each order found in both. */
  kept: KeptDetails[];
  /** Entries CBP's list does not cover and that were kept unchanged (the UFLPA Entity List). */
  untouched: number;
}

/** Finds the entry a CBP row is about: by its name key first, then by an exact match of the matcher. */
function entryFinder(base: Dataset) {
  const orders = base.entries.filter((e) => e.list !== 'uflpa');
  const byKey = new Map<string, Entry[]>();
  for (const e of orders) {
    const names = new Set([e.name, e.listedAs, ...e.aliases.filter((a) => !a.weak).map((a) => a.name)].map(nameKey));
    for (const k of names) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  const index = buildIndex({ ...base, entries: orders });
  // One order may be two entries (a joint WRO split per company, each with its own names): a row updates all.
  return (row: CbpRow): Entry[] => {
    const candidates = byKey.get(nameKey(row.entity)) ?? [];
    const sameDate = candidates.filter((e) => e.history.some((h) => h.date === row.effectiveDate));
    if (candidates.length) return sameDate.length ? sameDate : candidates;
    const ids = new Set(scanText(index, row.entity).filter((m) => m.tier === 'exact').map((m) => m.entryId));
    return ids.size === 1 ? [index.byId.get([...ids][0]!)!] : [];
  };
}

/** "Partially Active" (modified for some producers or goods) is still in force: shown as such, never as lifted. */
function statusOf(row: CbpRow, before: Entry['status'] | undefined): Entry['status'] {
  if (row.status === 'Inactive') return before === 'lifted' || before === 'revoked' ? before : 'lifted';
  return row.action === 'Finding' ? 'finding' : 'active';
}

function slug(text: string): string {
  return nameKey(text).normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'order';
}

function sourcesOf(rows: CbpRow[]): string[] {
  return rows.map((r) => r.pressRelease).filter((u) => /^https?:\/\/\S+$/.test(u));
}

/** Appends an event; one dated before the last known event keeps its date in its note, so history stays in order. */
function withEvent(history: readonly StatusEvent[], event: StatusEvent): StatusEvent[] {
  const last = [...history].reverse().find((h) => h.date)?.date;
  if (event.date && last && event.date < last) return [...history, { type: event.type, date: null, note: `Dated ${event.date} in CBP's list.` }];
  return [...history, event];
}

function updated(entry: Entry, rows: CbpRow[], asOf: string): Entry {
  const latest = rows[rows.length - 1]!;
  const status = statusOf(latest, entry.status);
  let history = entry.history;
  if (latest.action === 'Finding' && entry.list === 'wro') history = withEvent(history, { type: 'converted-to-finding', date: latest.effectiveDate });
  if (status !== entry.status && (status === 'lifted' || entry.status === 'lifted' || entry.status === 'revoked')) {
    history = withEvent(history, { type: status === 'lifted' ? 'lifted' : 'modified', date: null, note: `CBP's list showed the order as ${latest.status} when imported on ${asOf}.` });
  }
  return {
    ...entry,
    // A WRO that became a Finding stays one entry; CBP's CSV may still list the WRO's own row.
    list: latest.action === 'Finding' || entry.list === 'finding' ? 'finding' : 'wro',
    status,
    statusDate: status === entry.status ? entry.statusDate : null,
    history,
    sources: [...new Set([...entry.sources, ...sourcesOf(rows)])],
  };
}

function added(rows: CbpRow[], id: string, asOf: string): Entry {
  const latest = rows[rows.length - 1]!;
  const name = withoutScope(latest.entity);
  const isRegion = nameKey(name) === nameKey(latest.country);
  const status = statusOf(latest, undefined);
  const history: StatusEvent[] = rows.map((r, i) => ({ type: i > 0 && r.action === 'Finding' ? 'converted-to-finding' : 'issued', date: r.effectiveDate }));
  if (status === 'lifted') history.push({ type: 'lifted', date: null, note: `CBP's list showed the order as Inactive when imported on ${asOf}.` });
  const sources = sourcesOf(rows);
  return {
    id,
    list: latest.action === 'Finding' ? 'finding' : 'wro',
    kind: isRegion ? 'region' : 'company',
    name,
    listedAs: latest.entity,
    aliases: isRegion ? [] : [{ name, type: 'name' }],
    country: latest.country || 'Unknown',
    merchandise: latest.industry.toLowerCase(),
    scope: latest.remarks || `${latest.industry || 'Goods'} of ${latest.entity}`,
    group: /subsidiar|affiliat|subordinat/i.test(latest.entity),
    indicators: { ilo: [], other: [] },
    status,
    statusDate: null,
    history,
    sources: sources.length ? sources : [CBP_LIST_URL],
    confidence: 'single-source',
    notes: `Added from CBP's CSV (row ${rows.map((r) => r.row).join(', ')}) on ${asOf}; no curated details yet.`,
  };
}

export function datasetFromCbp(base: Dataset, rows: readonly CbpRow[], asOf: string): CbpImport {
  const find = entryFinder(base);
  const rowsOf = new Map<string, CbpRow[]>();
  const unmatched = new Map<string, CbpRow[]>();
  for (const row of [...rows].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate))) {
    const found = find(row);
    for (const entry of found) rowsOf.set(entry.id, [...(rowsOf.get(entry.id) ?? []), row]);
    if (!found.length) unmatched.set(nameKey(row.entity), [...(unmatched.get(nameKey(row.entity)) ?? []), row]);
  }
  const kept: KeptDetails[] = [];
  const entries: Entry[] = [];
  let untouched = 0;
  for (const entry of base.entries) {
    if (entry.list === 'uflpa') {
      entries.push(entry);
      untouched++;
      continue;
    }
    const matched = rowsOf.get(entry.id);
    if (!matched) continue;
    entries.push(updated(entry, matched, asOf));
    kept.push({ id: entry.id, name: entry.name, aliases: entry.aliases.length, indicators: entry.indicators.ilo.length + entry.indicators.other.length, history: entry.history.length, seedWording: !!entry.seed2021 });
  }
  const ids = new Set(entries.map((e) => e.id));
  for (const group of unmatched.values()) {
    let id = slug(group[0]!.entity);
    for (let n = 2; ids.has(id); n++) id = `${slug(group[0]!.entity)}-${n}`;
    ids.add(id);
    entries.push(added(group, id, asOf));
  }
  return {
    dataset: { ...base, version: `${asOf}-cbp`, asOf, title: `${base.title.replace(TITLE_NOTE, '')} (orders updated from CBP's CSV on ${asOf})`, entries },
    kept,
    untouched,
  };
}
