/**
 * What the extension shows for a listed name found on a page or in a field being drafted: the entry, how
 * it matched, and how severe it is. Page text, editors and form fields all produce these; the card,
 * the badges and the toolbar report read only this.
 */
import type { Match, MatcherIndex } from '../core/matcher';
import type { Entry } from '../core/schema';
import { SEVERITY_RANK, severityOf, type Severity } from '../core/severity';
import type { Settings } from '../shared/settings';
import type { Role } from './portals';

export interface Listing {
  entry: Entry;
  match: Match;
}

export interface Finding extends Listing {
  /** Further entries matched by exactly the same text (XPCC is on the WRO list and the UFLPA Entity List). */
  others: Listing[];
  /** The text as the user sees it. */
  text: string;
  severity: Severity;
  role?: Role;
}

/**
 * Matches (sorted by position, as scanText gives them) grouped per span of text: the same span again is
 * the same text on another list, and the most severe listing decides the finding's severity.
 */
export function groupMatches(index: MatcherIndex, matches: readonly Match[], text: (m: Match) => string): Finding[] {
  const findings: Finding[] = [];
  let previous: Finding | undefined;
  for (const match of matches) {
    const entry = index.byId.get(match.entryId)!;
    const severity = severityOf(match.tier, entry.status);
    if (previous && previous.match.start === match.start && previous.match.end === match.end) {
      previous.others.push({ entry, match });
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[previous.severity]) previous.severity = severity;
      continue;
    }
    previous = { entry, match, others: [], text: text(match), severity };
    findings.push(previous);
  }
  return findings;
}

/** Whether the user's display settings show this finding. */
export function isShown(finding: Finding, settings: Settings): boolean {
  if (finding.severity === 'lifted') return settings.showLifted;
  if (finding.match.tier === 'possible') return settings.showPossible;
  if (finding.match.tier === 'region') return settings.showRegion;
  return true;
}
