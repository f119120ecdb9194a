/** How sure a match is, strongest first. `region` is a place mention, weaker than any named company. */
export type Tier = 'exact' | 'strong' | 'possible' | 'region';

export const TIER_RANK: Record<Tier, number> = { exact: 3, strong: 2, possible: 1, region: 0 };

/** Why a match has its tier: the rule that decided it, for the card's "how sure and why". */
export type MatchRule =
  /** A listed name or alias, modulo legal form and punctuation. */
  | 'listed-name'
  /** A listed name that needs corroboration, corroborated by the legal form it is listed with. */
  | 'corroborated-name'
  /** The group's name inside a longer company name, extended by its own trade, organisation or place words. */
  | 'group-name'
  /** A one-word brand followed by a legal form of the entity's own country. */
  | 'brand-with-own-legal-form'
  /** A listed name inside a longer name, for an order that does not cover affiliates. */
  | 'inside-longer-name'
  /** A one-word brand or a shortened name without further evidence. */
  | 'bare-brand'
  /** A weak alias with partial corroboration (a legal form or context, but not its own). */
  | 'weak-alias'
  /** A near spelling: one or two typos in a distinctive word, with an exact companion word. */
  | 'typo'
  /** A listed word written split in two ("Super Max"). */
  | 'split-word'
  /** A mention of a region under a region-wide order. */
  | 'region-mention';

export interface Match {
  /** UTF-16 offsets into the scanned text: `text.slice(start, end)` is what matched. */
  start: number;
  end: number;
  entryId: string;
  tier: Tier;
  /** 0..1: how strongly the text supports the match. */
  score: number;
  rule: MatchRule;
  /** The listed name that matched. */
  alias: string;
  /** Canonical legal form found after the name, if any. */
  legalForm?: string;
  /** Typos corrected. */
  edits?: number;
  /** For a group match, the group's name as the text writes it ("Supermax" in "Supermax Healthcare Ltd"). */
  group?: string;
}
