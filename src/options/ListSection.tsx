/** The list in use, updating it from a file (preview, apply or cancel), roll-back and reset. */
import { useState } from 'preact/hooks';
import { checkImportSize, previewImport, type ImportPreview as Preview } from '../core/import';
import { formatDate } from '../core/describe';
import { applyList, resetToBundled, rollBack, type ListState } from '../shared/active-list';
import { t } from '../ui/i18n';
import { ImportPreview } from './ImportPreview';
import { ProblemList, problemsOf } from './ProblemList';

type Step = { kind: 'idle' } | { kind: 'preview'; fileName: string; preview: Preview } | { kind: 'refused'; fileName: string; problems: string[] } | { kind: 'applied' };

function sourceOf({ current }: ListState): string {
  const { origin } = current;
  if (origin.kind === 'bundled') return t('optionsSourceBundled');
  return t('optionsSourceImported', origin.fileName ?? '', formatDate(origin.appliedAt?.slice(0, 10) ?? null));
}

export function ListSection({ lists, importAllowed }: { lists: ListState; importAllowed: boolean }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const { dataset } = lists.current;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      checkImportSize(file.size);
      const text = await file.text();
      const today = new Date().toISOString().slice(0, 10);
      setStep({ kind: 'preview', fileName: file.name, preview: previewImport(file.name, text, dataset, today) });
    } catch (error) {
      setStep({ kind: 'refused', fileName: file.name, problems: problemsOf(error) });
    }
  };
  const apply = async (fileName: string, preview: Preview) => {
    await applyList(preview.dataset, { kind: preview.format, fileName });
    setStep({ kind: 'applied' });
  };

  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('optionsListHeading')}</h2>
      <p class="list-in-use">{t('optionsListInUse', sourceOf(lists), formatDate(dataset.asOf), dataset.version, String(dataset.entries.length))}</p>
      {importAllowed ? (
        <>
          <label for="import-file">{t('optionsImportLabel')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-hint"
            onChange={(e) => { void choose(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }}
          />
          <p class="hint" id="import-hint">{t('optionsImportHint')}</p>
        </>
      ) : (
        <p class="locked">{t('optionsImportLocked')}</p>
      )}
      {step.kind === 'refused' && <ProblemList heading={t('optionsImportRefused', step.fileName)} problems={step.problems} />}
      {step.kind === 'preview' && (
        <ImportPreview fileName={step.fileName} preview={step.preview} onApply={() => void apply(step.fileName, step.preview)} onCancel={() => setStep({ kind: 'idle' })} />
      )}
      {step.kind === 'applied' && <p role="status">{t('optionsApplied')}</p>}
      <div class="actions">
        {importAllowed && lists.previous && <button type="button" onClick={() => { setStep({ kind: 'idle' }); void rollBack(); }}>{t('optionsRollBack')}</button>}
        {lists.current.origin.kind !== 'bundled' && <button type="button" onClick={() => { setStep({ kind: 'idle' }); void resetToBundled(); }}>{t('optionsReset')}</button>}
      </div>
    </section>
  );
}
