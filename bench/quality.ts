/**
 * Precision and recall on the labelled development names and false flags on 110,309 real supplier
 * names, for WRO Lens and for its naive peers, so the table shows what the matcher's rules buy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/core/schema';
import { buildIndex, scanText } from '../src/core/matcher';
import { fusePeer, regexPeer } from './naive-peers';

const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));

interface Flag {
  entryId: string;
  tier: string;
}

export interface QualityFigures {
  matcher: string;
  recall: number;
  positives: number;
  /** Names that must not match at any tier, and how many did. */
  negativesFlagged: number;
  negatives: number;
  /** Namesakes ("~") flagged as exact or strong (peers have no tiers: any flag counts). */
  namesakesFlaggedSure: number;
  namesakes: number;
  canadaNames: number;
  /** False flags per 100,000 Canadian names, by tier. */
  canadaFalsePer100k: Record<string, number>;
  canadaFalseFlags: string[];
  canadaTrueFound: boolean;
}

type Matcher = (name: string) => Flag[];

function evaluate(label: string, match: Matcher, canada: readonly string[]): QualityFigures {
  const rows = readFileSync(`${evalDir}names-dev.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const positives = rows.filter(([, e]) => e !== '-' && !e!.startsWith('~'));
  const negatives = rows.filter(([, e]) => e === '-');
  const namesakes = rows.filter(([, e]) => e!.startsWith('~'));
  const found = positives.filter(([name, expected]) => match(name!).some((f) => f.entryId === expected)).length;
  const sure = (f: Flag) => f.tier === 'exact' || f.tier === 'strong';
  const byTier: Record<string, number> = {};
  const falseFlags: string[] = [];
  let trueFound = false;
  for (const name of canada) {
    for (const f of match(name)) {
      if (f.entryId === 'supermax' && /^SUPERMAX\b/.test(name)) { trueFound = true; continue; }
      byTier[f.tier] = (byTier[f.tier] ?? 0) + 1;
      falseFlags.push(`${name} → ${f.entryId} (${f.tier})`);
    }
  }
  const per100k = Object.fromEntries(Object.entries(byTier).map(([t, n]) => [t, (n / Math.max(1, canada.length)) * 100_000]));
  return {
    matcher: label,
    recall: found / positives.length,
    positives: positives.length,
    negativesFlagged: negatives.filter(([name]) => match(name!).length > 0).length,
    negatives: negatives.length,
    namesakesFlaggedSure: namesakes.filter(([name]) => match(name!).some(sure)).length,
    namesakes: namesakes.length,
    canadaNames: canada.length,
    canadaFalsePer100k: per100k,
    canadaFalseFlags: falseFlags,
    canadaTrueFound: trueFound,
  };
}

/** `fuseSample`: fuse.js costs about a millisecond a name, so it is measured on every n-th Canadian name. */
export function qualityBench(dataset: Dataset, fuseEvery: number): QualityFigures[] | null {
  if (!existsSync(`${evalDir}names-dev.tsv`)) return null;
  const canada = readFileSync(`${evalDir}canada-vendors-2022.csv`, 'utf8').trim().split('\n').slice(1);
  const index = buildIndex(dataset);
  const regex = regexPeer(dataset);
  const fuse = fusePeer(dataset);
  const sample = canada.filter((name, i) => i % fuseEvery === 0 || /^SUPERMAX\b/.test(name));
  return [
    evaluate('WRO Lens', (name) => scanText(index, name).map((m) => ({ entryId: m.entryId, tier: m.tier })), canada),
    // The regex peer has no tiers: every hit reads as an exact name.
    evaluate('Regex alternation', (name) => regex(name).map((h) => ({ entryId: h.entryId, tier: 'exact' })), canada),
    // fuse.js has no tiers either; its hits read as "possible".
    evaluate(`fuse.js per line (1 in ${fuseEvery} Canadian names)`, (name) => fuse(name).map((h) => ({ entryId: h.entryId, tier: 'possible' })), sample),
  ];
}
