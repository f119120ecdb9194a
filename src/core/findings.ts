/** Summarises matches into one finding per listed entry: the strongest tier seen and how often it occurs. */
import { TIER_RANK, type Match, type Tier } from './matcher';

export interface PageFinding {
  entryId: string;
  tier: Tier;
  occurrences: number;
}

export function summariseMatches(matches: readonly Match[]): PageFinding[] {
  const byEntry = new Map<string, PageFinding>();
  for (const m of matches) {
    const f = byEntry.get(m.entryId);
    if (!f) byEntry.set(m.entryId, { entryId: m.entryId, tier: m.tier, occurrences: 1 });
    else {
      f.occurrences++;
      if (TIER_RANK[m.tier] > TIER_RANK[f.tier]) f.tier = m.tier;
    }
  }
  return [...byEntry.values()].sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier] || b.occurrences - a.occurrences);
}
