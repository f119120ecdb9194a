/**
 * Plain-language descriptions of an entry, shared by the page card, the popup and the CLI so every
 * surface words an order the same way.
 */
import type { Entry, StatusEvent } from './schema';
import { ILO_INDICATORS } from './ilo';
import type { MatchRule, Tier } from './matcher';

export const LIST_LABELS: Record<Entry['list'], string> = {
  wro: 'Withhold Release Order (WRO)',
  finding: 'CBP Finding',
  uflpa: 'UFLPA Entity List',
};

export const STATUS_LABELS: Record<Entry['status'], string> = {
  active: 'Active',
  finding: 'Active Finding',
  lifted: 'Lifted',
  revoked: 'Revoked',
};

export const TIER_LABELS: Record<Tier, string> = {
  exact: 'Exact name',
  strong: 'Group or legal-form match',
  possible: 'Similar name — verify',
  region: 'Region mention',
};

const EVENT_LABELS: Record<StatusEvent['type'], string> = {
  issued: 'Issued',
  listed: 'Added to the UFLPA Entity List',
  'converted-to-finding': 'Became a Finding',
  modified: 'Modified',
  lifted: 'Lifted (modified: goods no longer detained)',
  revoked: 'Revoked',
  litigation: 'In litigation',
};

/** "12 Sep 2023" in British style; "date unknown" for null. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][(m ?? 1) - 1];
  return `${d} ${month} ${y}`;
}

/** Today's status in one line: "Lifted since 18 Sep 2023", "Active since 21 Oct 2021". */
export function statusLine(entry: Entry): string {
  if (entry.status === 'active' || entry.status === 'finding') {
    const since = [...entry.history].reverse().find((h) => h.type === 'issued' || h.type === 'listed' || h.type === 'converted-to-finding');
    return `${STATUS_LABELS[entry.status]} since ${formatDate(since?.date ?? null)}`;
  }
  return `${STATUS_LABELS[entry.status]} on ${formatDate(entry.statusDate)}`;
}

export function historyLines(entry: Entry): string[] {
  return entry.history.map((h) => `${formatDate(h.date)}: ${EVENT_LABELS[h.type]}${h.note && !h.date ? ` (${h.note})` : ''}`);
}

/** "10 of 11: Abuse of vulnerability, …" or "none itemised by CBP". */
export function indicatorSummary(entry: Entry): string {
  const { ilo, count, other } = entry.indicators;
  const found = count ?? ilo.length;
  const parts: string[] = [];
  if (found > 0) parts.push(`${found} of ${ILO_INDICATORS.length}${ilo.length ? `: ${ilo.join(', ')}` : ' (not itemised in the sources)'}`);
  if (other.length) parts.push(`CBP also cited: ${other.join('; ')}`);
  return parts.length ? parts.join('. ') : 'None itemised by CBP';
}

/** What kind of match, in the card's plain words, and why WRO Lens thinks so. */
export function describeMatch(m: { tier: Tier; rule: MatchRule; alias: string; edits?: number; legalForm?: string; group?: string }, entry: Entry): { label: string; why: string } {
  switch (m.rule) {
    case 'listed-name':
      return { label: 'Exact name', why: `The text is the listed name “${m.alias}”${m.legalForm ? ', with a legal form' : ''}.` };
    case 'corroborated-name':
      return { label: 'Exact name', why: `The listed name “${m.alias}” with its legal form.` };
    case 'group-name':
      return { label: `Part of the ${m.group ?? m.alias} group`, why: `A company named after the group “${m.group ?? m.alias}”; the order covers ${entry.name}'s subsidiaries and affiliates.` };
    case 'brand-with-own-legal-form':
      return { label: 'Same name, local legal form', why: `“${m.alias}” followed by a legal form used in ${entry.country}.` };
    case 'inside-longer-name':
      return { label: 'Similar name — verify', why: `The listed name “${m.alias}” inside a longer name; the order does not cover affiliates, so this may be another company.` };
    case 'bare-brand':
      return { label: 'Similar name — verify', why: `Shares the name “${m.alias}” but nothing else confirms it is the listed company.` };
    case 'weak-alias':
      return { label: 'Similar name — verify', why: `“${m.alias}” is a short or common name; only partly confirmed by the words around it.` };
    case 'typo':
      return { label: 'Similar name — verify', why: `Spelt like “${m.alias}” but ${m.edits === 1 ? 'one letter differs' : `${m.edits} letters differ`}.` };
    case 'split-word':
      return { label: 'Similar name — verify', why: `“${m.alias}” written as two words.` };
    case 'region-mention':
      return { label: 'Region mention', why: `Mentions ${entry.name}, under a region-wide order: goods from there are at risk whoever makes them.` };
  }
}
