import { describe, expect, it } from 'vitest';
import { tokenize, words } from '../../src/core/text/tokenize';
import { legalFormAt } from '../../src/core/lexicon/legal-forms';

const norm = (s: string) => words(s).join(' ');
const legalForm = (s: string) => {
  const tokens = tokenize(s);
  const lf = legalFormAt(tokens, 0);
  return lf && lf.length === tokens.length ? lf.canonical : null;
};

describe('normalisation', () => {
  it('folds case, marks, compatibility forms and punctuation', () => {
    expect(norm('SUPERMAX CORP. BHD.')).toBe('supermax corporation berhad');
    expect(norm('Fundação Getúlio Vargas')).toBe('fundacao getulio vargas');
    expect(norm('ＳＵＰＥＲＭＡＸ')).toBe('supermax');
    expect(norm('Straße')).toBe('strasse');
    expect(norm('Zrenjanin d.o.o. Društvo')).toBe('zrenjanin d o o drustvo');
  });

  it('reads & as "and", drops apostrophes inside words, applies abbreviations', () => {
    expect(norm('Cotton & Linen')).toBe('cotton and linen');
    expect(norm("Sichuan Yuan'an")).toBe('sichuan yuanan');
    expect(norm('Yili Zhuowan Garment Mfg Co')).toBe('yili zhuowan garment manufacturing company');
    expect(norm('Training Centre')).toBe('training center');
  });

  it('splits Han text into characters, since it is written without spaces', () => {
    expect(norm('合盛硅业')).toBe('合 盛 硅 业');
  });
});

describe('legal forms, canonicalised per jurisdiction', () => {
  it.each([
    ['Malaysia', ['Sdn Bhd', 'Sdn. Bhd.', 'SDN BHD', 'Sendirian Berhad'], 'Sdn Bhd'],
    ['Malaysia', ['Bhd', 'Bhd.', 'Berhad', 'BERHAD'], 'bhd'],
    ['China', ['Co., Ltd.', 'Co. Ltd', 'Company Limited', 'CO.,LTD', '有限公司', '股份有限公司', '有限责任公司'], 'CoLtd'],
    ['UK', ['Ltd', 'Ltd.', 'Limited', 'LIMITED'], 'Ltd'],
    ['UK', ['PLC', 'Plc', 'Public Limited Company'], 'PLC'],
    ['US', ['Inc', 'Inc.', 'Incorporated'], 'Inc'],
    ['US', ['LLC', 'L.L.C.'], 'LLC'],
    ['India', ['(P) Ltd', 'Pvt Ltd', 'Pvt. Ltd.', 'Private Limited'], 'Pvt Ltd'],
    ['Mexico', ['S.A. de C.V.', 'SA de CV', 'S.A. DE C.V.'], 'SACV'],
    ['Serbia', ['D.O.O.', 'd.o.o.', 'DOO'], 'doo'],
    ['Dominican Republic', ['S.R.L.', 'SRL'], 'SRL'],
    ['Germany', ['GmbH', 'Gesellschaft mit beschränkter Haftung'], 'GmbH'],
  ])('%s: %j → %s', (_jurisdiction, forms, canonical) => {
    for (const form of forms) expect(legalForm(form), form).toBe(canonical);
  });

  it('does not read common words in lower-case prose as legal forms', () => {
    expect(legalForm('as')).toBeNull();
    expect(legalForm('AS')).toBe('AS');
    expect(legalForm('limited')).toBeNull();
  });
});
