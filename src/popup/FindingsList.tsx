/** What WRO Lens found on the tab: one row per listed entity, most severe first; choosing one shows it on the page. */
import type { Entry } from '../core/schema';
import type { PageFinding } from '../core/findings';
import { statusLine, TIER_LABELS } from '../core/describe';
import { t } from '../ui/i18n';

export function FindingsList({ findings, entries, onReveal }: { findings: PageFinding[]; entries: ReadonlyMap<string, Entry>; onReveal: (entryId: string) => void }) {
  return (
    <ul class="findings" aria-label={t('popupFindingsLabel')}>
      {findings.map((f) => {
        const entry = entries.get(f.entryId);
        const name = entry?.name ?? f.entryId;
        return (
          <li key={f.entryId} class={`sev-${f.severity}`}>
            <button type="button" title={t('popupShowOnPage', name)} onClick={() => onReveal(f.entryId)}>
              <span class="name">{name}</span>
              <span class="meta">{`${TIER_LABELS[f.tier]} · ${entry ? statusLine(entry) : ''} · ${t('popupOccurrences', String(f.occurrences))}`}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
