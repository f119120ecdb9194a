import { describe, expect, it } from 'vitest';
import raw from '../../src/data/dataset.json';
import { bundledDataset } from '../../src/data';
import { DatasetError, parseDataset } from '../../src/core/schema';
import { buildDataset } from '../../scripts/dataset/build';
import { scanText } from '../../src/core/matcher';
import { index } from '../helpers';
import { tokenize } from '../../src/core/text/tokenize';
import { legalSuffixLength } from '../../src/core/lexicon/legal-forms';

const byId = new Map(bundledDataset.entries.map((e) => [e.id, e]));
const entry = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const event = (id: string, type: string) => entry(id).history.find((h) => h.type === type)?.date;

describe('the bundled dataset', () => {
  it('validates against the schema and carries its version and as-of date', () => {
    expect(() => parseDataset(raw)).not.toThrow();
    expect(bundledDataset.version).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    expect(bundledDataset.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is what the build script makes from the research files (no hand edits drift from their source)', () => {
    expect(buildDataset()).toEqual(parseDataset(raw));
  });

  it('carries the letter\'s wording for all 13 seed orders (the Yili Zhuowan/Baoding LYSZD order as two entries)', () => {
    const seeds = bundledDataset.entries.filter((e) => e.seed2021);
    expect(new Set(seeds.map((e) => e.seed2021!.listed)).size).toBe(13);
    expect(seeds.every((e) => e.confidence === 'seed')).toBe(true);
  });

  it('shows today\'s status and history of the seed orders as ../shared/data/README.md gives them', () => {
    expect(entry('smart-glove')).toMatchObject({ status: 'lifted', statusDate: '2023-04-26' });
    expect(entry('supermax')).toMatchObject({ status: 'lifted', statusDate: '2023-09-18' });
    expect(entry('sime-darby-plantation')).toMatchObject({ status: 'revoked', statusDate: '2023-02-03', list: 'finding' });
    expect(event('sime-darby-plantation', 'converted-to-finding')).toBe('2022-01-28');
    expect(entry('sime-darby-plantation').aliases.map((a) => a.name)).toContain('SD Guthrie Berhad');
    expect(entry('fgv')).toMatchObject({ status: 'lifted', statusDate: '2026-01-15' });
    expect(event('top-glove', 'converted-to-finding')).toBe('2021-03-29');
    expect(entry('top-glove')).toMatchObject({ status: 'lifted', list: 'finding' });
    expect(entry('top-glove').statusDate).toMatch(/^2021-09/);
    expect(entry('wrp')).toMatchObject({ status: 'revoked', statusDate: '2020-03-23' });
    for (const id of ['hoshine', 'xuar', 'xpcc', 'bitland', 'junggar', 'zhuowan', 'lyszd', 'vsetc']) {
      expect(entry(id).status, id).toBe('active');
      expect(entry(id).seed2021!.status, id).toBe('Active');
    }
    expect(entry('top-glove').seed2021!.status).toBe('Inactive');
    expect(entry('supermax').seed2021!.status).toBe('Active');
  });

  it('maps indicators to the ILO\'s 11 and keeps other wording verbatim', () => {
    expect(entry('sime-darby-plantation').indicators.ilo).toHaveLength(11);
    expect(entry('supermax').indicators.count).toBe(10);
    expect(entry('vsetc').indicators.other).toEqual(expect.arrayContaining(['highly coercive/unfree recruitment', 'work and life under duress']));
  });

  it('marks bare acronyms and common-word aliases as weak, and none of them fires alone', () => {
    const weak = bundledDataset.entries.flatMap((e) => e.aliases.filter((a) => a.weak).map((a) => ({ e, a })));
    expect(weak.map(({ a }) => a.name)).toEqual(expect.arrayContaining(['SDP', 'FGV', 'Giant', 'Da Wang', 'YTY Group']));
    for (const { e, a } of weak) {
      // Alone means without a legal form: "FGV Holdings Berhad" may fire, "FGV Holdings" may not.
      const tokens = tokenize(a.name);
      const core = a.name.slice(0, tokens.end[tokens.length - legalSuffixLength(tokens) - 1]);
      const hits = scanText(index, `supplied by ${core} last year`).filter((m) => m.entryId === e.id);
      expect(hits, core).toEqual([]);
    }
  });
});

describe('a malformed list is refused with the entry and field that are wrong', () => {
  it('names the entry and the field', () => {
    const broken = structuredClone(raw) as { entries: Record<string, unknown>[] };
    broken.entries[2]!.status = 'dormant';
    delete broken.entries[5]!.sources;
    try {
      parseDataset(broken);
      expect.unreachable('parseDataset accepted a broken list');
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      const problems = (e as DatasetError).problems.join('\n');
      expect(problems).toMatch(/entry 3 \([a-z0-9-]+\), field status/);
      expect(problems).toMatch(/entry 6 \([a-z0-9-]+\), field sources/);
    }
  });

  it('refuses duplicate ids and a seed order without the letter\'s wording', () => {
    const broken = structuredClone(raw) as { entries: Record<string, unknown>[] };
    broken.entries[1]!.id = broken.entries[0]!.id;
    const seed = broken.entries.find((e) => e.confidence === 'seed')!;
    delete seed.seed2021;
    const error = (() => { try { parseDataset(broken); } catch (e) { return e; } return null; })();
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems.join('\n');
    expect(problems).toContain('duplicate id');
    expect(problems).toContain('seed order must carry');
  });
});
