import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/core/matcher';
import { index } from '../helpers';

/** Every match's offsets must cut exactly the expected text out of the original string. */
function spans(text: string): string[] {
  return scanText(index, text).map((m) => text.slice(m.start, m.end));
}

describe('match offsets are UTF-16 offsets into the original text', () => {
  it('after emoji (surrogate pairs)', () => {
    const text = '🧤🧤 Award to 😀 Top Glove Corporation Bhd 🚢 and 🏭 Hefei Bitland Information Technology Co., Ltd.';
    expect(spans(text)).toEqual(['Top Glove Corporation Bhd', 'Hefei Bitland Information Technology Co., Ltd']);
  });

  it('in CJK text', () => {
    const text = '供应商：合盛硅业股份有限公司，地址在新疆。';
    expect(spans(text)).toEqual(['合盛硅业股份有限公司', '新疆']);
  });

  it('with combining marks and compatibility characters before and inside', () => {
    const text = 'Cafe\u0301 Société — ＳＵＰＥＲＭＡＸ ＣＯＲＰＯＲＡＴＩＯＮ Ｂｈｄ, then Fundação (FGV)';
    expect(spans(text)).toEqual(['ＳＵＰＥＲＭＡＸ ＣＯＲＰＯＲＡＴＩＯＮ Ｂｈｄ']);
  });

  it('across a line break and markup-free punctuation', () => {
    const text = 'Supplier:\nSupermax Corporation\nBerhad; Buyer: NHS Supply Chain';
    expect(spans(text)).toEqual(['Supermax Corporation\nBerhad']);
  });
});
