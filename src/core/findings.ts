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
  const byEntry = new Map<string, PageFinding>();
  for (const m of items) {
    const f = byEntry.get(m.entryId);
    if (!f) byEntry.set(m.entryId, { entryId: m.entryId, tier: m.tier, severity: m.severity, occurrences: 1 });
    else {
      f.occurrences++;
      if (TIER_RANK[m.tier] > TIER_RANK[f.tier]) f.tier = m.tier;
      if (SEVERITY_RANK[m.severity] > SEVERITY_RANK[f.severity]) f.severity = m.severity;
    }
  }
  return sortFindings([...byEntry.values()]);
}

/** Most severe first, then the surest tier, then the most frequent. */
export function sortFindings(findings: PageFinding[]): PageFinding[] {
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
