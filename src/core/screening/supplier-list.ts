/**
 * A supplier list to screen: a CSV (the column named like supplier/vendor/name/company, else the first), a
 * TSV, or one name per line. Shared by the CLI and the settings page; refusals say which row is wrong.
 */
import Papa from 'papaparse';
import { InputError } from '../input-error';

export interface NameRow {
  /** The record's number in the file, counting a header row: what a spreadsheet shows. */
  row: number;
  input: string;
}

const NAME_COLUMN = /supplier|vendor|company|name|entity|contractor|organi[sz]ation/i;

type Format = 'csv' | 'tsv' | 'lines';

function formatOf(file: string, text: string): Format {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.tsv$/i.test(file)) return 'tsv';
  if (/\.txt$/i.test(file)) return 'lines';
  const first = text.slice(0, text.indexOf('\n') >>> 0);
  if (first.includes('\t')) return 'tsv';
  // A comma-separated first line that names a supplier column is a CSV header.
  if (first.includes(',') && first.split(',').some((cell) => NAME_COLUMN.test(cell))) return 'csv';
  return 'lines';
}

export function parseNames(file: string, text: string): NameRow[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new InputError([`${file === '-' ? 'standard input' : file} is empty: no names to screen`]);
  const format = formatOf(file, body);
  if (format === 'lines') {
    return body.split(/\r?\n/).map((input, i) => ({ row: i + 1, input: input.trim() })).filter((r) => r.input);
  }
  const parsed = Papa.parse<string[]>(body, { delimiter: format === 'tsv' ? '\t' : ',', skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new InputError([`${file}: row ${(fatal.row ?? 0) + 1}: ${fatal.message}`]);
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const named = header.findIndex((cell) => NAME_COLUMN.test(cell));
  const column = named >= 0 ? named : 0;
  const width = header.length;
  const ragged = rows.findIndex((r) => r.length !== width);
  if (ragged >= 0) {
    throw new InputError([`${file}: row ${ragged + 1} has ${rows[ragged]!.length} fields where the first row has ${width}: the file is not a consistent ${format.toUpperCase()}`]);
  }
  const start = named >= 0 ? 1 : 0;
  return rows.slice(start).map((r, i) => ({ row: start + i + 1, input: (r[column] ?? '').trim() })).filter((r) => r.input);
}
