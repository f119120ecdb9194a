/** `wro-lens screen FILE`: matches every name in a supplier list and prints a table or JSON lines. */
import type { Dataset } from '../core/schema';
import type { Tier } from '../core/matcher';
import { LIST_LABELS, STATUS_LABELS, TIER_LABELS } from '../core/describe';
import type { ScreenedRow } from '../core/screening/screen';

export function formatJsonLines(rows: readonly ScreenedRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

const TIERS: Tier[] = ['exact', 'strong', 'possible', 'region'];

export function formatTable(rows: readonly ScreenedRow[], dataset: Dataset): string {
  const lines: string[] = [];
  const flagged = rows.filter((r) => r.matches.length);
  if (flagged.length) {
    const table = flagged.flatMap((r) => r.matches.map((m) => [String(r.row), r.input, TIER_LABELS[m.tier], m.name, LIST_LABELS[m.list], STATUS_LABELS[m.status]]));
    const head = ['Row', 'Supplier', 'Match', 'Listed entity', 'List', 'Status today'];
    const widths = head.map((h, c) => Math.min(48, Math.max(h.length, ...table.map((t) => t[c]!.length))));
    const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
    lines.push(head.map((h, c) => fit(h, widths[c]!)).join('  '), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const t of table) lines.push(t.map((s, c) => fit(s, widths[c]!)).join('  '));
    lines.push('');
  }
  const byTier = TIERS.map((t) => `${rows.filter((r) => r.matches.some((m) => m.tier === t)).length} ${t}`).join(', ');
  lines.push(`Screened ${rows.length} names: ${flagged.length} flagged (${byTier}).`);
  lines.push(`Dataset ${dataset.version}, as of ${dataset.asOf}. "Similar name" matches need checking by hand; no match is not clearance for names added after that date.`);
  return lines.join('\n') + '\n';
}
