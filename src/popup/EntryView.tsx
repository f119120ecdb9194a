/** Everything the page card shows about an entry, plus its full status history. */
import type { Entry } from '../core/schema';
import { EntryDetails } from '../ui/EntryDetails';
import { t } from '../ui/i18n';

export function EntryView({ entry, asOf, onBack }: { entry: Entry; asOf: string; onBack: () => void }) {
  return (
    <section class="entry" aria-labelledby="entry-title" onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onBack(); } }}>
      <button type="button" class="back" onClick={onBack} autoFocus>{`← ${t('popupBack')}`}</button>
      <h2 id="entry-title">{entry.name}</h2>
      {entry.aliases.length > 1 && <p class="aliases">{entry.aliases.slice(1).map((a) => a.name).join(' · ')}</p>}
      <EntryDetails entry={entry} asOf={asOf} />
    </section>
  );
}
