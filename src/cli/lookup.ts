/** `wro-lens lookup NAME`: the best entries for a name, with their order details. */
import type { Dataset, Entry } from '../core/schema';
import type { Lookup } from '../core/lookup';
import { historyLines, indicatorSummary, LIST_LABELS, statusLine, TIER_LABELS } from '../core/describe';

export function describeEntry(e: Entry): string {
  const lines = [
    `${e.name}  [${e.id}]`,
    `  List:        ${LIST_LABELS[e.list]} (${e.kind}, ${e.country})`,
    `  Status:      ${statusLine(e)}`,
    `  Merchandise: ${e.merchandise}`,
    `  Covers:      ${e.scope}`,
    `  Indicators:  ${indicatorSummary(e)}`,
    `  Also named:  ${e.aliases.slice(1).map((a) => a.name).join('; ') || '—'}`,
    '  History:',
    ...historyLines(e).map((h) => `    ${h}`),
  ];
  if (e.seed2021) {
    lines.push(`  In the Commissioner's letter of 22 Nov 2021: ${e.seed2021.listed} — ${e.seed2021.products}; status then: ${e.seed2021.status}.`);
  }
  lines.push(`  Confidence:  ${e.confidence}`, '  Sources:', ...e.sources.map((s) => `    ${s}`));
  return lines.join('\n');
}

export function formatLookup(lookup: Lookup, dataset: Dataset, query: string): string {
  const results = lookup.search(query, 5);
  if (!results.length) return `No listed entity matches "${query}" (dataset ${dataset.version}, as of ${dataset.asOf}).\n`;
  return results
    .map((r) => `${r.how === 'search' ? 'Similar name' : TIER_LABELS[r.how]} via "${r.name}"\n${describeEntry(r.entry)}`)
    .join('\n\n') + `\n\nDataset ${dataset.version}, as of ${dataset.asOf}.\n`;
}
