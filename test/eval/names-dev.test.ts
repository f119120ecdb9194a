/**
 * Precision and recall on the labelled development names (../shared/eval/names-dev.tsv).
 * Rules, never exceptions: a failure here means a matcher rule is wrong.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scanText } from '../../src/core/matcher';
import { index, sharedDir } from '../helpers';

const rows = readFileSync(`${sharedDir}eval/names-dev.tsv`, 'utf8').trim().split('\n').slice(1)
  .map((line) => { const [name, expected, note] = line.split('\t'); return { name: name!, expected: expected!, note: note ?? '' }; });

describe('names-dev.tsv', () => {
  const positives = rows.filter((r) => r.expected !== '-' && !r.expected.startsWith('~'));

  it('recall on listed names is at least 0.98', () => {
    const missed = positives.filter((r) => !scanText(index, r.name).some((m) => m.entryId === r.expected));
    const recall = 1 - missed.length / positives.length;
    console.log(`names-dev recall: ${(recall * 100).toFixed(1)}% of ${positives.length}`);
    expect(missed.map((r) => r.name)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('flags nothing, at any tier, on names that must not match', () => {
    const flagged = rows.filter((r) => r.expected === '-').map((r) => ({ name: r.name, matches: scanText(index, r.name) })).filter((r) => r.matches.length);
    expect(flagged.map((r) => r.name)).toEqual([]);
  });

  it('never flags a sister or namesake ("~") as exact or strong', () => {
    const wrong = rows.filter((r) => r.expected.startsWith('~'))
      .filter((r) => scanText(index, r.name).some((m) => m.tier === 'exact' || m.tier === 'strong'));
    expect(wrong.map((r) => r.name)).toEqual([]);
  });
});
