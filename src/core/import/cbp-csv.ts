/**
 * Reads CBP's published "Withhold Release Orders and Findings" CSV as CBP publishes it: UTF-8 with a BOM,
 * columns Country, Country Code, Entity, Industry, Status, WRO/Finding, Effective Date, Calendar Year, Remarks,
 * Press Release. Tolerant of column order, extra columns, short rows and date formats; every row that cannot
 * be used is refused with its row number and field, and nothing is returned unless every row is usable.
 */
import Papa from 'papaparse';
import { InputError, looksBinary } from '../input-error';
import { parseDate } from './dates';

export type CbpStatus = 'Active' | 'Partially Active' | 'Inactive';
export type CbpAction = 'WRO' | 'Finding';

export interface CbpRow {
  /** The row's number in the file, the header being row 1: what a spreadsheet shows. */
  row: number;
  entity: string;
  country: string;
  industry: string;
  status: CbpStatus;
  action: CbpAction;
  /** YYYY-MM-DD */
  effectiveDate: string;
  remarks: string;
  pressRelease: string;
}

/** Header names as CBP writes them, compared without case, spaces or punctuation. */
const COLUMNS = {
  entity: 'Entity',
  country: 'Country',
  industry: 'Industry',
  status: 'Status',
  action: 'WRO/Finding',
  effectiveDate: 'Effective Date',
  remarks: 'Remarks',
  pressRelease: 'Press Release',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['entity', 'country', 'status', 'action', 'effectiveDate'];

const STATUSES: Record<string, CbpStatus> = { active: 'Active', partiallyactive: 'Partially Active', inactive: 'Inactive' };
const ACTIONS: Record<string, CbpAction> = { wro: 'WRO', withholdreleaseorder: 'WRO', finding: 'Finding' };

const key = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** Stops collecting after this many problems: a wrong file gets a readable answer, not thousands of lines. */
const MAX_PROBLEMS = 20;

export function parseCbpCsv(text: string): CbpRow[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new InputError(['The file is empty.']);
  if (looksBinary(body)) throw new InputError(['This is not a CSV file (it looks binary): export CBP\'s list as CSV.']);
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new InputError([`Row ${(quote.row ?? 0) + 1}: ${quote.message.toLowerCase()}.`]);

  const [header = [], ...records] = parsed.data;
  const index = new Map(header.map((name, i) => [key(name), i]));
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([field, name]) => [field, index.get(key(name)) ?? -1])) as Record<Column, number>;
  const missing = REQUIRED.filter((c) => at[c] < 0).map((c) => COLUMNS[c]);
  if (missing.length) {
    throw new InputError([
      `This is not CBP's list of Withhold Release Orders and Findings: the first row has no column named ${missing.join(', ')}.`,
    ]);
  }
  if (!records.length) throw new InputError(['The file has a header but no rows.']);

  const rows: CbpRow[] = [];
  const problems: string[] = [];
  records.forEach((record, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const row = i + 2;
    const cell = (c: Column) => (at[c] >= 0 ? (record[at[c]] ?? '').trim() : '');
    const where = (c: Column) => `Row ${row}, field ${COLUMNS[c]}`;
    const entity = cell('entity').replace(/\s+/g, ' ');
    const status = STATUSES[key(cell('status'))];
    const action = ACTIONS[key(cell('action'))];
    const effectiveDate = parseDate(cell('effectiveDate'));
    if (!entity) problems.push(`${where('entity')}: empty; every order needs the name of its entity.`);
    if (!status) problems.push(`${where('status')}: “${cell('status')}” is not Active, Partially Active or Inactive.`);
    if (!action) problems.push(`${where('action')}: “${cell('action')}” is not WRO or Finding.`);
    if (!effectiveDate) problems.push(`${where('effectiveDate')}: “${cell('effectiveDate')}” is not a date (CBP writes 9/30/2021).`);
    if (entity && status && action && effectiveDate) {
      rows.push({ row, entity, country: cell('country'), industry: cell('industry'), status, action, effectiveDate, remarks: cell('remarks'), pressRelease: cell('pressRelease') });
    }
  });
  if (problems.length) throw new InputError(problems);
  return rows;
}
