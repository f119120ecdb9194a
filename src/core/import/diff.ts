/**
 * What an import would change, entry by entry and field by field ("Status: Active → Lifted"), for the preview
 * an admin reads before applying it, and for `wro-lens data import`.
 */
import type { Dataset, Entry } from '../schema';
import { LIST_LABELS, STATUS_LABELS, formatDate } from '../describe';

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface EntryChange {
  id: string;
  name: string;
  changes: FieldChange[];
}

export interface DatasetDiff {
  added: Entry[];
  removed: Entry[];
  changed: EntryChange[];
  unchanged: number;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Each field an admin would care about, as it reads in the preview. */
const FIELDS: { field: string; show: (e: Entry) => string }[] = [
  { field: 'Name', show: (e) => e.name },
  { field: 'List', show: (e) => LIST_LABELS[e.list] },
  { field: 'Status', show: (e) => STATUS_LABELS[e.status] },
  { field: 'Status date', show: (e) => (e.statusDate ? formatDate(e.statusDate) : 'not known') },
  { field: 'Country', show: (e) => e.country },
  { field: 'Merchandise', show: (e) => e.merchandise },
  { field: 'Covers subsidiaries', show: (e) => (e.group ? 'yes' : 'no') },
  { field: 'Names and aliases', show: (e) => count(e.aliases.length, 'alias') },
  { field: 'ILO indicators', show: (e) => count(e.indicators.ilo.length, 'indicator') },
  { field: 'History', show: (e) => count(e.history.length, 'event') },
  { field: 'Sources', show: (e) => count(e.sources.length, 'source') },
];

export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.entries.map((e) => [e.id, e]));
  const next = new Set(after.entries.map((e) => e.id));
  const diff: DatasetDiff = { added: [], removed: before.entries.filter((e) => !next.has(e.id)), changed: [], unchanged: 0 };
  for (const entry of after.entries) {
    const was = old.get(entry.id);
    if (!was) {
      diff.added.push(entry);
      continue;
    }
    const changes = FIELDS.map(({ field, show }) => ({ field, from: show(was), to: show(entry) })).filter((c) => c.from !== c.to);
    if (changes.length) diff.changed.push({ id: entry.id, name: entry.name, changes });
    else diff.unchanged++;
  }
  return diff;
}

/** The diff as lines of text, for the command line. */
export function formatDiff(diff: DatasetDiff): string[] {
  return [
    `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.unchanged} unchanged.`,
    ...diff.added.map((e) => `+ ${e.name} (${LIST_LABELS[e.list]}, ${STATUS_LABELS[e.status]})`),
    ...diff.changed.flatMap((c) => [`~ ${c.name}`, ...c.changes.map((f) => `    ${f.field}: ${f.from} → ${f.to}`)]),
    ...diff.removed.map((e) => `- ${e.name} (${LIST_LABELS[e.list]})`),
  ];
}
