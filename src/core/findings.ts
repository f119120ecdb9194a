/** Summarises matches into one finding per listed entry: its most severe showing and how often it occurs. */
import { TIER_RANK, type Tier } from './matcher';
import { SEVERITY_RANK, type Severity } from './severity';

export interface PageFinding {
  entryId: string;
  tier: Tier;
  severity: Severity;
  occurrences: number;
}

export function summariseFindings(items: Iterable<{ entryId: string; tier: Tier; severity: Severity }>): PageFinding[] {
  return mergeFindings([[...items].map((m) => ({ ...m, occurrences: 1 }))]);
}

/** Most severe first, then the surest tier, then the most frequent. */
function sortFindings(findings: PageFinding[]): PageFinding[] {
  return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
    || TIER_RANK[b.tier] - TIER_RANK[a.tier] || b.occurrences - a.occurrences);
}

/** Findings of several frames of one tab, merged per entry. */
export function mergeFindings(lists: Iterable<PageFinding[]>): PageFinding[] {
  const byEntry = new Map<string, PageFinding>();
  for (const list of lists) {
    for (const f of list) {
      const seen = byEntry.get(f.entryId);
      if (!seen) byEntry.set(f.entryId, { ...f });
      else {
        seen.occurrences += f.occurrences;
        if (TIER_RANK[f.tier] > TIER_RANK[seen.tier]) seen.tier = f.tier;
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) seen.severity = f.severity;
      }
    }
  }
  return sortFindings([...byEntry.values()]);
}
