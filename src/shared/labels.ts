/** Plain words for tiers and statuses, shared by every screen that shows a match. */
import type { Tier } from '../core/matcher';
import type { Status } from '../core/schema';

export const TIER_LABELS: Record<Tier, string> = {
  exact: 'Exact name',
  strong: 'Group or legal-form match',
  possible: 'Similar name — verify',
  region: 'Region mention',
};

export const STATUS_LABELS: Record<Status, string> = {
  active: 'Active WRO',
  finding: 'Active Finding',
  lifted: 'Lifted',
  revoked: 'Revoked',
};
