export { buildIndex, buildIndexInSteps, type MatcherIndex } from './build-index';
export { scanText } from './scan';
export { TIER_RANK, type Match, type MatchRule, type Tier } from './types';
