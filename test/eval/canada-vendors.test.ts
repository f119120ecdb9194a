/**
 * False flags on 110,309 real supplier names from Canadian federal contracts. The only listed-group member
 * among them is the Supermax group's Canadian arm; every other flag is a false positive. Rules, never
 * exceptions for names from this file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scanText, type Tier } from '../../src/core/matcher';
import { index, sharedDir } from '../helpers';

const names = readFileSync(`${sharedDir}eval/canada-vendors-2022.csv`, 'utf8').trim().split('\n').slice(1);
/** The group's Canadian arm: recognised by the group rule, it is the one true match. */
const isTrueMatch = (name: string, id: string) => id === 'supermax' && /^SUPERMAX\b/.test(name);

describe('canada-vendors-2022.csv', () => {
  const falseFlags: Record<Tier, string[]> = { exact: [], strong: [], possible: [], region: [] };
  let trueMatches = 0;
  for (const name of names) {
    for (const m of scanText(index, name)) {
      if (isTrueMatch(name, m.entryId)) trueMatches++;
      else falseFlags[m.tier].push(`${name} → ${m.entryId}`);
    }
  }
  const per100k = (n: number) => (n / names.length) * 100_000;

  it('reports false flags per 100,000 names by tier', () => {
    const report = Object.entries(falseFlags).map(([tier, list]) => `${tier}: ${list.length} (${per100k(list.length).toFixed(2)} per 100k)`).join(', ');
    console.log(`canada-vendors: ${names.length} names; true matches ${trueMatches}; false flags ${report}`);
    for (const [tier, list] of Object.entries(falseFlags)) for (const flag of list) console.log(`  false ${tier}: ${flag}`);
    expect(names.length).toBe(110_309);
  });

  it('finds the Supermax group\'s Canadian arm', () => {
    expect(trueMatches).toBe(1);
  });

  it('stays within the targets: ≤ 1 exact/strong and ≤ 10 possible false flags per 100,000', () => {
    expect(per100k(falseFlags.exact.length + falseFlags.strong.length)).toBeLessThanOrEqual(1);
    expect(per100k(falseFlags.possible.length)).toBeLessThanOrEqual(10);
  });
});
