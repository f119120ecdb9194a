/**
 * Everything an order says, in plain words: shared by the page card, the popup's detail view and the
 * settings page. Text only: nothing from the dataset or the page is ever parsed as HTML.
 */
import type { Entry } from '../core/schema';
import { formatDate, historyLines, indicatorSummary, LIST_LABELS, statusLine } from '../core/describe';
import { t } from './i18n';

const CONFIDENCE_WORDS: Record<Entry['confidence'], string> = {
  seed: 'confidenceSeed',
  verified: 'confidenceVerified',
  'single-source': 'confidenceSingleSource',
};

export function StatusChip({ entry }: { entry: Entry }) {
  return <span class={`status status-${entry.status}`}>{statusLine(entry)}</span>;
}

export function EntryDetails({ entry, asOf, fullHistory = true }: { entry: Entry; asOf: string; fullHistory?: boolean }) {
  const history = historyLines(entry);
  return (
    <dl class="details">
      <dt>{t('detailsList')}</dt>
      <dd>{`${LIST_LABELS[entry.list]} · ${entry.country}`}</dd>
      <dt>{t('detailsStatus')}</dt>
      <dd><StatusChip entry={entry} /></dd>
      <dt>{t('detailsHistory')}</dt>
      <dd>
        <ul class="history">
          {(fullHistory ? history : history.slice(-3)).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </dd>
      <dt>{t('detailsMerchandise')}</dt>
      <dd>{entry.merchandise}</dd>
      <dt>{t('detailsCovers')}</dt>
      <dd>{entry.scope}</dd>
      <dt>{t('detailsIndicators')}</dt>
      <dd>{indicatorSummary(entry)}</dd>
      {entry.seed2021 && (
        <>
          <dt>{t('detailsSeed')}</dt>
          <dd>{`${entry.seed2021.listed}: ${entry.seed2021.products}. Status then: ${entry.seed2021.status}.`}</dd>
        </>
      )}
      <dt>{t('detailsConfidence')}</dt>
      <dd>{t(CONFIDENCE_WORDS[entry.confidence])}</dd>
      <dt>{t('detailsSources')}</dt>
      <dd>
        <ul class="sources">
          {entry.sources.map((url) => (
            <li key={url}><a href={url} target="_blank" rel="noopener noreferrer">{new URL(url).hostname.replace(/^www\./, '')}</a></li>
          ))}
        </ul>
      </dd>
      <dt>{t('detailsAsOf')}</dt>
      <dd>{formatDate(asOf)}</dd>
    </dl>
  );
}
