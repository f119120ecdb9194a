import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/wro-lens.mjs', import.meta.url));
let dir: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = `${dir}/${name}`;
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(`${tmpdir()}/wro-lens-cli-`);
});

describe('wro-lens screen', () => {
  it('reads the supplier column of a CSV (with BOM and quoted commas) and prints JSON lines exactly', () => {
    const csv = file('suppliers.csv', '\uFEFFid,Supplier name,city\n1,"Supermax Healthcare Limited",London\n2,"Abbvie Ltd, UK",Maidenhead\n3,Top Glove Corporation Bhd,Shah Alam\n');
    const { code, out } = run(['screen', csv, '--json']);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      row: 2,
      input: 'Supermax Healthcare Limited',
      matches: [{ id: 'supermax', name: 'Supermax Corporation Bhd.', list: 'wro', kind: 'company', tier: 'strong', status: 'lifted', matched: 'Supermax Healthcare Limited', score: 0.85 }],
    });
    expect(rows[1]).toEqual({ row: 3, input: 'Abbvie Ltd, UK', matches: [] });
    expect(rows[2].matches[0]).toMatchObject({ id: 'top-glove', tier: 'exact', list: 'finding', status: 'lifted' });
  });

  it('reads one name per line from standard input and prints a table and a summary with the as-of date', () => {
    const { code, out } = run(['screen', '-'], 'Hoshine Silicon Industry Co., Ltd.\nAmgen Ltd\n');
    expect(code).toBe(0);
    expect(out).toContain('Hoshine Silicon Industry Co., Ltd.');
    expect(out).toMatch(/Screened 2 names: 1 flagged \(1 exact, 0 strong, 0 possible, 0 region\)/);
    expect(out).toMatch(/as of \d{4}-\d{2}-\d{2}/);
  });

  it('reads a TSV', () => {
    const tsv = file('list.tsv', 'vendor\tcountry\nWRP Asia Pacific Sdn Bhd\tMalaysia\n');
    const rows = run(['screen', tsv, '--json']).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0].matches[0]).toMatchObject({ id: 'wrp', status: 'revoked' });
  });

  it.each([
    ['a missing file', () => [`${dir}/nope.csv`], /no such file/],
    ['a binary file', () => [file('blob.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]))], /not a text file/],
    ['an empty file', () => [file('empty.csv', '')], /empty/],
    ['a CSV with ragged rows', () => [file('ragged.csv', 'supplier,city\nA Ltd,London\nB Ltd\n')], /row 3 has 1 fields/],
    ['no file at all', () => [], /needs a file/],
  ])('refuses %s with one line and a non-zero exit', (_what, args, message) => {
    const { code, err } = run(['screen', ...args()]);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')[0]).toMatch(/^wro-lens: /);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('wro-lens lookup', () => {
  it('prints the best entries with their order details', () => {
    const { code, out } = run(['lookup', 'Sime Darby Plantation']);
    expect(code).toBe(0);
    expect(out).toContain('Sime Darby Plantation Berhad');
    expect(out).toContain('Revoked on 3 Feb 2023');
    expect(out).toContain('11 of 11');
    expect(out).toContain("In the Commissioner's letter of 22 Nov 2021");
  });

  it('says plainly when nothing matches', () => {
    const { code, out } = run(['lookup', 'Abbvie']);
    expect(code).toBe(0);
    expect(out).toMatch(/No listed entity matches "Abbvie" \(dataset .*, as of \d{4}-\d{2}-\d{2}\)/);
  });
});

describe('wro-lens data', () => {
  const cbp = fileURLToPath(new URL('../fixtures/cbp/cbp-update.csv', import.meta.url));
  const bundled = fileURLToPath(new URL('../../src/data/dataset.json', import.meta.url));

  it('import rebuilds a dataset file from CBP\'s CSV, keeping curated details, and prints the diff', () => {
    const out = file('dataset.json', readFileSync(bundled));
    const { code, out: printed } = run(['data', 'import', cbp, '--out', out]);
    expect(code).toBe(0);
    expect(printed).toContain('1 added, 1 changed, 1 removed, 102 unchanged.');
    expect(printed).toContain('    Status: Active → Lifted');
    expect(printed).toContain('- Tangshan Sunfar Silicon Company');
    expect(printed).toContain('kept for 48 orders');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.entries.find((e: { id: string }) => e.id === 'dalian-ocean-fishing').status).toBe('lifted');
    expect(run(['data', 'validate', out]).code).toBe(0);
  });

  it('import refuses invalid input with rows and fields, and leaves the dataset file as it was', () => {
    const out = file('untouched.json', readFileSync(bundled));
    const bad = file('bad.csv', 'Country,Entity,Status,WRO/Finding,Effective Date\nChina,,Active,WRO,1/2/2020\n');
    const { code, err } = run(['data', 'import', bad, '--out', out]);
    expect(code).toBe(2);
    expect(err).toContain('Row 2, field Entity: empty');
    expect(readFileSync(out)).toEqual(readFileSync(bundled));
  });

  it('validate names the entry and field a dataset file gets wrong', () => {
    const dataset = JSON.parse(readFileSync(bundled, 'utf8'));
    dataset.entries[2].sources = [];
    const { code, err } = run(['data', 'validate', file('broken.json', JSON.stringify(dataset))]);
    expect(code).toBe(2);
    expect(err).toMatch(/Entry 3 \(\S+\), field sources: /);
  });
});
