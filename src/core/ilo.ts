/**
 * The 11 ILO indicators of forced labour, in the ILO's order (ILO, Indicators of Forced Labour, 2012).
 * Kept apart from the schema so the page card can name them without loading the schema library.
 */
export const ILO_INDICATORS = [
  'Abuse of vulnerability',
  'Deception',
  'Restriction of movement',
  'Isolation',
  'Physical and sexual violence',
  'Intimidation and threats',
  'Retention of identity documents',
  'Withholding of wages',
  'Debt bondage',
  'Abusive working and living conditions',
  'Excessive overtime',
] as const;
