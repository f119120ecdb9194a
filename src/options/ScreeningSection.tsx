/**
 * Screens a whole supplier list on this computer: rows are matched a chunk at a time, yielding between chunks
 * so the page stays responsive and the progress bar moves; the flagged rows are shown in a filterable table
 * and the whole result can be downloaded as CSV for the due-diligence record.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Dataset } from '../core/schema';
import { buildIndex, type Tier } from '../core/matcher';
import { TIER_LABELS, STATUS_LABELS } from '../core/describe';
import { InputError, MAX_SCREEN_BYTES, megabytes } from '../core/input-error';
import { parseNames } from '../core/screening/supplier-list';
import { screenRows, type ScreenedRow } from '../core/screening/screen';
import { screeningReportCsv } from '../core/screening/report';
import { t } from '../ui/i18n';
import { ProblemList, problemsOf } from './ProblemList';

const CHUNK_ROWS = 500;
const TIERS: Tier[] = ['exact', 'strong', 'possible', 'region'];

interface Result {
  fileName: string;
  rows: ScreenedRow[];
  done: number;
  total: number;
}

const count = (n: number) => n.toLocaleString('en-GB');
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function ScreeningSection({ dataset }: { dataset: Dataset }) {
  const [result, setResult] = useState<Result | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; list: string[] } | null>(null);
  const [filter, setFilter] = useState('');
  const [tier, setTier] = useState<Tier | ''>('');
  const run = useRef(0);

  const screen = async (file: File | undefined) => {
    if (!file) return;
    const id = ++run.current;
    setProblems(null);
    setResult(null);
    try {
      if (file.size > MAX_SCREEN_BYTES) throw new InputError([`The file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_SCREEN_BYTES)}.`]);
      const names = parseNames(file.name, await file.text());
      const index = buildIndex(dataset);
      const rows: ScreenedRow[] = [];
      for (let i = 0; i < names.length; i += CHUNK_ROWS) {
        if (run.current !== id) return;
        rows.push(...screenRows(index, names.slice(i, i + CHUNK_ROWS)));
        setResult({ fileName: file.name, rows, done: rows.length, total: names.length });
        await nextTurn();
      }
      // A list with a header and no names never enters the loop: still say it was screened.
      if (!names.length) setResult({ fileName: file.name, rows, done: 0, total: 0 });
    } catch (error) {
      setProblems({ fileName: file.name, list: problemsOf(error) });
    }
  };

  const flagged = useMemo(() => (result ? result.rows.filter((r) => r.matches.length) : []), [result]);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return flagged.flatMap((r) => r.matches.map((m) => ({ r, m }))).filter(({ r, m }) =>
      (!tier || m.tier === tier) && (!needle || r.input.toLowerCase().includes(needle) || m.name.toLowerCase().includes(needle)));
  }, [flagged, filter, tier]);
  const finished = result && result.done === result.total;

  const download = () => {
    if (!result) return;
    const today = new Date().toISOString().slice(0, 10);
    const blob = new Blob([screeningReportCsv(result.rows, dataset, today)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `wro-lens-screening-${result.fileName.replace(/\.[^.]+$/, '')}-${today}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  return (
    <section
      aria-labelledby="screen-heading"
      // A file dropped anywhere on the section is screened, as if chosen with the button.
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => { e.preventDefault(); void screen(e.dataTransfer?.files[0]); }}
    >
      <h2 id="screen-heading">{t('optionsScreenHeading')}</h2>
      <label for="screen-file">{t('optionsScreenLabel')}</label>
      <input id="screen-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" aria-describedby="screen-hint" onChange={(e) => { void screen(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      <p class="hint" id="screen-hint">{t('optionsScreenHint')}</p>
      {problems && <ProblemList heading={t('optionsImportRefused', problems.fileName)} problems={problems.list} />}
      {result && !finished && (
        <p>
          <label for="screen-progress">{t('optionsScreenProgress', count(result.done), count(result.total))}</label>
          <progress id="screen-progress" max={result.total} value={result.done} />
        </p>
      )}
      {result && finished && (
        <>
          <p role="status" class="summary">{t('optionsScreenSummary', count(result.total), result.fileName, count(flagged.length))}</p>
          <div class="filters">
            <label>{t('optionsScreenFilter')} <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} /></label>
            <label>{t('optionsScreenTier')}{' '}
              <select value={tier} onChange={(e) => setTier(e.currentTarget.value as Tier | '')}>
                <option value="">{t('optionsScreenAllTiers')}</option>
                {TIERS.map((k) => <option key={k} value={k}>{TIER_LABELS[k]}</option>)}
              </select>
            </label>
            <button type="button" class="primary" onClick={download}>{t('optionsScreenDownload')}</button>
          </div>
          {shown.length ? (
            <table class="results">
              <thead>
                <tr><th scope="col">{t('optionsColumnRow')}</th><th scope="col">{t('optionsColumnSupplier')}</th><th scope="col">{t('optionsColumnMatch')}</th><th scope="col">{t('optionsColumnEntity')}</th><th scope="col">{t('optionsColumnStatus')}</th></tr>
              </thead>
              <tbody>
                {shown.slice(0, 1000).map(({ r, m }) => (
                  <tr key={`${r.row}:${m.id}`}><td>{r.row}</td><td>{r.input}</td><td>{TIER_LABELS[m.tier]}</td><td>{m.name}</td><td>{STATUS_LABELS[m.status]}</td></tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('optionsScreenNone')}</p>
          )}
        </>
      )}
    </section>
  );
}
