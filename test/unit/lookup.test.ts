import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/core/lookup';
import { bundledDataset } from '../../src/data';
import { index } from '../helpers';

const lookup = createLookup(bundledDataset, index);
const first = (q: string) => lookup.search(q)[0]?.entry.id;

describe('lookup by any name', () => {
  it('finds misspellings, Chinese names, former and later names', () => {
    expect(first('supermx')).toBe('supermax');
    expect(first('合盛硅业')).toBe('hoshine');
    expect(first('Felda Global Ventures')).toBe('fgv');
    expect(first('SD Guthrie')).toBe('sime-darby-plantation');
  });

  it('ranks an exact alias above a fuzzy one', () => {
    const results = lookup.search('Maxter Glove Manufacturing Sdn Bhd');
    expect(results[0]).toMatchObject({ how: 'exact' });
    expect(results[0]!.entry.id).toBe('supermax');
  });

  it('answers nothing for an unrelated name', () => {
    expect(lookup.search('Abbvie Ltd')).toEqual([]);
  });
});
