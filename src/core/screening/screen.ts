/** Screens a supplier list against the matcher: every row with its matches. Shared by the CLI and the settings page. */
import { scanText, type MatcherIndex, type Tier } from '../matcher';
import type { Entry } from '../schema';
import type { NameRow } from './supplier-list';

export interface ScreenedMatch {
  id: string;
  name: string;
  list: Entry['list'];
  kind: string;
  tier: Tier;
  status: Entry['status'];
  matched: string;
  score: number;
}

export interface ScreenedRow {
  row: number;
  input: string;
  matches: ScreenedMatch[];
}

export function screenRows(index: MatcherIndex, rows: readonly NameRow[]): ScreenedRow[] {
  return rows.map(({ row, input }) => ({
    row,
    input,
    matches: scanText(index, input).map((m) => {
      const e = index.byId.get(m.entryId)!;
      return { id: e.id, name: e.name, list: e.list, kind: e.kind, tier: m.tier, status: e.status, matched: input.slice(m.start, m.end), score: m.score };
    }),
  }));
}
