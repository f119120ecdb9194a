/**
 * Everything an order says, in plain words: shared by the page card, the popup's detail view and the
 * settings page. Text only: nothing from the dataset or the page is ever parsed as HTML.
 */
import type { Entry } from '../core/schema';
import { formatDate, historyLines, indicatorSummary, LIST_LABELS, statusLine } from '../core/describe';

const CONFIDENCE_WORDS: Record<Entry['confidence'], string> = {
  seed: 'Listed in the Anti-Slavery Commissioner’s letter of 22 November 2021 and checked against CBP’s sources',
  verified: 'Confirmed by a CBP or Federal Register page, or two independent sources',
  'single-source': 'From one secondary source only: check before acting',
};

export function StatusChip({ entry }: { entry: Entry }) {
  return <span class={`status status-${entry.status}`}>{statusLine(entry)}</span>;
}

export function EntryDetails({ entry, asOf, fullHistory = true }: { entry: Entry; asOf: string; fullHistory?: boolean }) {
  const history = historyLines(entry);
  return (
    <dl class="details">
      <dt>List</dt>
      <dd>{`${LIST_LABELS[entry.list]} · ${entry.country}`}</dd>
      <dt>Status today</dt>
      <dd><StatusChip entry={entry} /></dd>
      <dt>History</dt>
      <dd>
        <ul class="history">
          {(fullHistory ? history : history.slice(-3)).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </dd>
      <dt>Merchandise</dt>
      <dd>{entry.merchandise}</dd>
      <dt>What the order covers</dt>
      <dd>{entry.scope}</dd>
      <dt>ILO forced-labour indicators CBP found</dt>
      <dd>{indicatorSummary(entry)}</dd>
      {entry.seed2021 && (
        <>
          <dt>In the Commissioner’s letter (2021)</dt>
          <dd>{`${entry.seed2021.listed}: ${entry.seed2021.products}. Status then: ${entry.seed2021.status}.`}</dd>
        </>
      )}
      <dt>How sure the list is</dt>
      <dd>{CONFIDENCE_WORDS[entry.confidence]}</dd>
      <dt>Sources</dt>
      <dd>
        <ul class="sources">
          {entry.sources.map((url) => (
            <li key={url}><a href={url} target="_blank" rel="noopener noreferrer">{new URL(url).hostname.replace(/^www\./, '')}</a></li>
          ))}
        </ul>
      </dd>
      <dt>List as of</dt>
      <dd>{formatDate(asOf)}</dd>
    </dl>
  );
}
