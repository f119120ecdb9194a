/**
 * How a finding is shown: which highlight it gets and how it ranks against others on the page.
 * A lifted or revoked order is shown as such, never as a current ban.
 */
import type { Tier } from './matcher';
import type { Status } from './schema';

export type Severity = 'active' | 'possible' | 'region' | 'lifted';

export const SEVERITY_RANK: Record<Severity, number> = { active: 3, possible: 2, region: 1, lifted: 0 };

export function severityOf(tier: Tier, status: Status): Severity {
  if (status === 'lifted' || status === 'revoked') return 'lifted';
  if (tier === 'region') return 'region';
  if (tier === 'possible') return 'possible';
  return 'active';
}
