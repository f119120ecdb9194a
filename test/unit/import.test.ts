/**
 * Updating the list from CBP's CSV or a dataset JSON: parsing as CBP publishes it, the mapping onto the list in
 * use (curated details kept), the field-by-field diff, and every refusal naming its row and field.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../../src/data';
import { checkImportSize, previewImport, type ImportPreview } from '../../src/core/import';
import { parseCbpCsv } from '../../src/core/import/cbp-csv';
import { parseDate } from '../../src/core/import/dates';
import { InputError } from '../../src/core/input-error';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/cbp/${name}`, import.meta.url)), 'utf8');
const TODAY = '2026-11-24';

function preview(fileName: string, text: string): ImportPreview {
  return previewImport(fileName, text, bundledDataset, TODAY);
}

function refusal(fileName: string, text: string): string[] {
  try {
    preview(fileName, text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return [...(e as InputError).problems];
  }
  throw new Error('expected the file to be refused');
}

describe('dates as CBP and spreadsheets write them', () => {
  it.each([
    ['9/30/2021', '2021-09-30'],
    ['10/1/21', '2021-10-01'],
    ['2021-09-30', '2021-09-30'],
    ['30 September 2021', '2021-09-30'],
    ['Sep 30, 2021', '2021-09-30'],
    ['October 1, 2026', '2026-10-01'],
  ])('%s is %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31/31/2021', '2/30/2021', 'soon', '', '2021'])('%j is not a date', (text) => expect(parseDate(text)).toBeNull());
});

describe('CBP\'s CSV of the orders the list already has', () => {
  it('reads every row (BOM, CRLF, WRO rows later converted to Findings) and changes nothing', () => {
    const text = fixture('cbp-wro-findings.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCbpCsv(text)).toHaveLength(53);
    const { diff, kept, untouched, format } = preview('cbp.csv', text);
    expect(format).toBe('cbp-csv');
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 104 });
    expect(kept).toHaveLength(49);
    expect(untouched).toBe(55);
  });
});

describe('CBP\'s CSV with an order added, one lifted and one removed', () => {
  const text = fixture('cbp-update.csv');
  const result = preview('Withhold Release Orders and Findings.csv', text);

  it('is tolerant of column order, an unknown column, short rows, quoted commas and newlines', () => {
    const rows = parseCbpCsv(text);
    expect(rows).toHaveLength(53);
    const dalian = rows.find((r) => r.entity.startsWith('Fishing Vessels owned by Dalian'))!;
    expect(dalian.remarks).toBe('Modified 3/2/2026: vessels sold, no longer\ncovered by this WRO');
    const hetian = rows.find((r) => r.entity === 'Hetian Taida Apparel Co., Ltd.')!;
    expect(hetian).toMatchObject({ status: 'Active', action: 'WRO', effectiveDate: '2019-09-30', pressRelease: '', remarks: '' });
  });

  it('shows what is added, changed field by field, and removed', () => {
    const { diff } = result;
    expect(diff.added.map((e) => e.name)).toEqual(['Example Seafood Processing Co., Ltd.']);
    expect(diff.removed.map((e) => e.id)).toEqual(['tangshan-sunfar']);
    expect(diff.changed).toEqual([
      {
        id: 'dalian-ocean-fishing',
        name: 'Dalian Ocean Fishing Co., Ltd.',
        changes: [
          { field: 'Status', from: 'Active', to: 'Lifted' },
          { field: 'History', from: '1 event', to: '2 events' },
        ],
      },
    ]);
    expect(diff.unchanged).toBe(102);
  });

  it('matches CBP\'s own spelling of a name to the order in the list (case, punctuation, scope phrase)', () => {
    const ids = new Set(result.dataset.entries.map((e) => e.id));
    expect(ids.has('top-glove')).toBe(true);
    expect(ids.has('supermax')).toBe(true);
  });

  it('keeps the curated details of matched orders: aliases, indicators, history, the 2021 wording', () => {
    const before = bundledDataset.entries.find((e) => e.id === 'supermax')!;
    const after = result.dataset.entries.find((e) => e.id === 'supermax')!;
    expect(after.aliases).toEqual(before.aliases);
    expect(after.indicators).toEqual(before.indicators);
    expect(after.history).toEqual(before.history);
    expect(after.seed2021).toEqual(before.seed2021);
    expect(result.kept).toHaveLength(48);
    expect(result.kept.find((k) => k.id === 'supermax')).toMatchObject({ seedWording: true });
  });

  it('records the status change in the history, and builds an added order from its row', () => {
    const dalian = result.dataset.entries.find((e) => e.id === 'dalian-ocean-fishing')!;
    expect(dalian.status).toBe('lifted');
    expect(dalian.history.at(-1)).toEqual({ type: 'lifted', date: null, note: `CBP's list showed the order as Inactive when imported on ${TODAY}.` });
    const added = result.diff.added[0]!;
    expect(added).toMatchObject({
      list: 'wro', kind: 'company', status: 'active', country: 'China', group: true, confidence: 'single-source',
      listedAs: 'Example Seafood Processing Co., Ltd. and its subsidiaries',
      history: [{ type: 'issued', date: '2026-10-01' }],
      sources: ['https://www.cbp.gov/newsroom/national-media-release/example-seafood-wro'],
    });
  });

  it('dates the new list and leaves UFLPA entries alone', () => {
    expect(result.dataset).toMatchObject({ asOf: TODAY, version: `${TODAY}-cbp` });
    expect(result.untouched).toBe(55);
    expect(result.dataset.entries.filter((e) => e.list === 'uflpa')).toEqual(bundledDataset.entries.filter((e) => e.list === 'uflpa'));
  });
});

describe('a dataset JSON', () => {
  it('replaces the list when it passes the schema, with its diff', () => {
    const next = { ...bundledDataset, version: 'next', entries: bundledDataset.entries.slice(1) };
    const { diff, format, dataset } = preview('list.json', JSON.stringify(next));
    expect(format).toBe('dataset-json');
    expect(dataset.version).toBe('next');
    expect(diff.removed.map((e) => e.id)).toEqual([bundledDataset.entries[0]!.id]);
  });

  it('is refused when it fails the schema, naming the entry and field', () => {
    const broken = { ...bundledDataset, entries: [{ ...bundledDataset.entries[0]!, status: 'maybe' }] };
    expect(refusal('list.json', JSON.stringify(broken))).toEqual([expect.stringMatching(/^Entry 1 \(agropecuarios-tom\), field status: /)]);
  });

  it('is refused when it is not JSON', () => {
    expect(refusal('list.json', '{"schemaVersion": 1,')[0]).toMatch(/^This is not valid JSON/);
  });
});

describe('refusals of CBP-style input', () => {
  const HEAD = 'Country,Entity,Industry,Status,WRO/Finding,Effective Date\r\n';

  it('a file of 50 MB, by its size alone', () => {
    expect(() => checkImportSize(50 * 1048576)).toThrow(/^The file is 50\.0 MB; a list is never larger than 5\.0 MB/);
    expect(() => checkImportSize(100_000)).not.toThrow();
  });

  it('a file that is not a CSV', () => {
    expect(refusal('photo.csv', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toEqual([expect.stringMatching(/not a CSV file/)]);
  });

  it('a CSV without CBP\'s columns, naming the missing ones', () => {
    expect(refusal('suppliers.csv', 'Supplier,City\r\nAcme,Leeds\r\n')).toEqual([
      'This is not CBP\'s list of Withhold Release Orders and Findings: the first row has no column named Entity, Country, Status, WRO/Finding, Effective Date.',
    ]);
  });

  it('rows without an entity, with an unknown status or type, or a date that does not parse, each by row and field', () => {
    const text = `${HEAD}China,,Cotton,Active,WRO,1/2/2020\r\nChina,Acme Co,Cotton,Maybe,WRO,1/2/2020\r\nChina,Acme Co,Cotton,Active,Ban,1/2/2020\r\nChina,Acme Co,Cotton,Active,WRO,31/31/2020\r\n`;
    expect(refusal('cbp.csv', text)).toEqual([
      'Row 2, field Entity: empty; every order needs the name of its entity.',
      'Row 3, field Status: “Maybe” is not Active, Partially Active or Inactive.',
      'Row 4, field WRO/Finding: “Ban” is not WRO or Finding.',
      'Row 5, field Effective Date: “31/31/2020” is not a date (CBP writes 9/30/2021).',
    ]);
  });

  it('an unterminated quote', () => {
    expect(refusal('cbp.csv', `${HEAD}China,"Acme Co,Cotton,Active,WRO,1/2/2020\r\n`)[0]).toMatch(/^Row 2: /);
  });

  it('an empty file, and a header without rows', () => {
    expect(refusal('cbp.csv', '\uFEFF')).toEqual(['The file is empty.']);
    expect(refusal('cbp.csv', HEAD)).toEqual(['The file has a header but no rows.']);
  });
});
