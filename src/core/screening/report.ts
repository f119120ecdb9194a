/**
 * The screening result as CSV, for the due-diligence record: one line per match, and one per unflagged row so
 * the record shows every supplier was checked. Each line carries the list's version and as-of date and the
 * day of the screening, so the file still says what it was checked against once it is copied elsewhere.
 */
import Papa from 'papaparse';
import type { Dataset } from '../schema';
import { LIST_LABELS, STATUS_LABELS, TIER_LABELS } from '../describe';
import type { ScreenedRow } from './screen';

const REPORT_FIELDS = ['Row', 'Supplier', 'Match', 'Listed entity', 'List', 'Status today', 'Matched text', 'Dataset version', 'Dataset as of', 'Screened on'];

export function screeningReportCsv(rows: readonly ScreenedRow[], dataset: Pick<Dataset, 'version' | 'asOf'>, screenedOn: string): string {
  const stamp = [dataset.version, dataset.asOf, screenedOn];
  const data = rows.flatMap((r) =>
    r.matches.length
      ? r.matches.map((m) => [r.row, r.input, TIER_LABELS[m.tier], m.name, LIST_LABELS[m.list], STATUS_LABELS[m.status], m.matched, ...stamp])
      : [[r.row, r.input, 'No match', '', '', '', '', ...stamp]],
  );
  // A BOM so Excel reads the names' accents as UTF-8.
  return `\uFEFF${Papa.unparse({ fields: REPORT_FIELDS, data })}\r\n`;
}
