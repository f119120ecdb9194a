import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/core/matcher';
import { found, index } from '../helpers';

const tiersFor = (text: string, id: string) => scanText(index, text).filter((m) => m.entryId === id).map((m) => m.tier);

describe('tiers', () => {
  it('exact: a listed name modulo legal form and punctuation', () => {
    expect(found('Supermax Corporation Berhad')).toEqual(['supermax:exact:Supermax Corporation Berhad']);
    expect(tiersFor('Hoshine Silicon Industry Company Limited', 'hoshine')).toEqual(['exact']);
  });

  it('strong: the group name inside a longer company name, or a brand with its own legal form', () => {
    expect(found('Supermax Healthcare Limited')).toEqual(['supermax:strong:Supermax Healthcare Limited']);
    expect(tiersFor('Supermax Sdn Bhd', 'supermax')).toEqual(['strong']);
  });

  it('possible: typos with an exact companion, bare brands, weak aliases with partial corroboration', () => {
    expect(tiersFor('Supermx Corporation Bhd', 'supermax')).toEqual(['possible']);
    expect(tiersFor('Supermax Personal Care Pvt Ltd', 'supermax')).toEqual(['possible']);
    expect(tiersFor('Da Wang Trading Co', 'da-wang')).toEqual(['possible']);
  });

  it('region: a region mention, weaker than a company and absorbed by one', () => {
    expect(found('tomatoes grown in Xinjiang')).toEqual(['xuar:region:Xinjiang']);
    expect(found('Xinjiang Junggar Cotton and Linen Co., Ltd.')).toEqual(['junggar:exact:Xinjiang Junggar Cotton and Linen Co., Ltd']);
  });
});

describe('rules forced by hard negatives', () => {
  it('a fuzzy word needs an exact companion', () => {
    expect(found('Maxtor Corporation')).toEqual([]);
    expect(found('Maxtor Glove Manufacturing Sdn Bhd')).toEqual(['supermax:possible:Maxtor Glove Manufacturing Sdn Bhd']);
  });

  it('a sister company is not the listed one', () => {
    expect(found('Sime Darby Property Berhad')).toEqual([]);
    expect(found('Sime Darby Berhad')).toEqual([]);
  });

  it('a weak acronym never fires alone', () => {
    expect(found('Fundação Getulio Vargas (FGV)')).toEqual([]);
    expect(found('FGV Projetos')).toEqual([]);
    expect(found('SDP Telecom')).toEqual([]);
  });

  it('names of common words need a capital, a legal form, or to stand alone', () => {
    expect(found('we buy from the top glove makers in Asia')).toEqual([]);
    expect(tiersFor('Gloves were bought from Top Glove last year.', 'top-glove')).toEqual(['exact']);
    expect(found('Top Fire Safety')).toEqual([]);
    expect(found('Giant Eagle Inc')).toEqual([]);
  });

  it('an acronym the order uses must be written in capitals', () => {
    expect(tiersFor('cotton from XPCC farms', 'xpcc')).toEqual(['exact']);
    expect(tiersFor('the xpcc', 'xpcc')).toEqual([]);
  });

  it('ambiguous place names count as Xinjiang only near China context', () => {
    expect(found('Hami melons from Spain')).toEqual([]);
    expect(found('Hami, in Xinjiang, China')).toEqual(['xuar:region:Hami', 'xuar:region:Xinjiang']);
  });

  it('split and joined spellings', () => {
    expect(tiersFor('TOPGLOVE SDN BHD', 'top-glove').length).toBe(1);
    expect(tiersFor('Super Max Corporation Bhd', 'supermax')).toEqual(['possible']);
  });
});

describe('scanning long text', () => {
  it('finds every occurrence with its entry, in order', () => {
    const text = 'Lot 1 was awarded to Top Glove Corporation Bhd. Lot 2 to Abbvie Ltd. Lot 3 to Supermax Corporation Berhad, '
      + 'whose gloves were also bought through Top Glove Corporation Bhd.';
    expect(found(text).map((f) => f.split(':')[0])).toEqual(['top-glove', 'supermax', 'top-glove']);
  });

  it('does not flag the two real UK award pages (no listed supplier on them)', async () => {
    const { readFileSync } = await import('node:fs');
    const { sharedDir } = await import('../helpers');
    for (const page of ['uk-contractsfinder_award_05c544dc_adalimumab.html', 'uk-findatender_award_008624-2023_adalimumab.html']) {
      const text = readFileSync(`${sharedDir}pages/${page}`, 'utf8').replace(/<[^>]+>/g, ' ');
      expect(found(text).filter((f) => !f.includes(':region:')), page).toEqual([]);
    }
  });
});
