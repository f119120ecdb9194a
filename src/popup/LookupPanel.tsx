/**
 * Look up any company by name, alias, former name, subsidiary, Chinese name or a misspelling. Results
 * form a listbox driven by the arrow keys from the search field; a live region says how many matched.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entry } from '../core/schema';
import type { LookupResult } from '../core/lookup';
import { formatDate, LIST_LABELS } from '../core/describe';
import { StatusChip } from '../ui/EntryDetails';
import { t } from '../ui/i18n';

export interface LookupPanelProps {
  search: (query: string) => LookupResult[];
  /** False while the lookup is still loading: the field works, results follow when it is ready. */
  ready?: boolean;
  asOf: string;
  initialQuery?: string;
  onOpen: (entry: Entry) => void;
}

export function LookupPanel({ search, ready = true, asOf, initialQuery = '', onOpen }: LookupPanelProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const results = useMemo(() => {
    if (!query.trim()) return [];
    try {
      setError(null);
      return search(query);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return [];
    }
  }, [query, search]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && results.length) { e.preventDefault(); setActive((current + 1) % results.length); }
    else if (e.key === 'ArrowUp' && results.length) { e.preventDefault(); setActive((current - 1 + results.length) % results.length); }
    else if (e.key === 'Enter' && results[current]) { e.preventDefault(); onOpen(results[current]!.entry); }
    else if (e.key === 'Escape' && query) { e.preventDefault(); setQuery(''); }
  };

  const q = query.trim();
  return (
    <section class="lookup">
      <label for="lookup-input">{t('popupSearchLabel')}</label>
      <input
        id="lookup-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        aria-expanded={results.length > 0}
        aria-controls="lookup-results"
        aria-activedescendant={results[current] ? `result-${results[current]!.entry.id}` : undefined}
        onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }}
        onKeyDown={onKeyDown}
      />
      <p role="status" aria-live="polite" class="count">
        {error ? t('popupLookupError', error) : !q ? '' : !ready ? t('popupPreparing') : results.length === 1 ? t('popupResultCountOne', q) : results.length ? t('popupResultCount', String(results.length), q) : t('popupNoMatch', q, formatDate(asOf))}
      </p>
      <ul id="lookup-results" role="listbox" aria-label={t('popupResultsLabel')} hidden={!results.length}>
        {results.map((r, i) => (
          <li
            key={r.entry.id}
            id={`result-${r.entry.id}`}
            role="option"
            aria-selected={i === current}
            class={i === current ? 'active' : ''}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onOpen(r.entry)}
          >
            <div class="name">{r.entry.name}</div>
            <div class="meta">
              {r.name !== r.entry.name ? `${t('popupVia', r.name)} · ` : ''}
              {`${LIST_LABELS[r.entry.list]} · `}
              <StatusChip entry={r.entry} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
