/** What an import would change, before anything changes: added, changed field by field, removed, kept. */
import type { ImportPreview as Preview } from '../core/import';
import { LIST_LABELS, STATUS_LABELS } from '../core/describe';
import { t } from '../ui/i18n';

export function ImportPreview({ fileName, preview, onApply, onCancel }: { fileName: string; preview: Preview; onApply: () => void; onCancel: () => void }) {
  const { diff } = preview;
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('optionsPreviewHeading', fileName)}</h3>
      <p class="summary">{t('optionsPreviewSummary', String(diff.added.length), String(diff.changed.length), String(diff.removed.length), String(diff.unchanged))}</p>
      {diff.added.length > 0 && (
        <>
          <h4>{t('optionsPreviewAdded')}</h4>
          <ul class="added">{diff.added.map((e) => <li key={e.id}>{e.name} ({LIST_LABELS[e.list]}, {STATUS_LABELS[e.status]})</li>)}</ul>
        </>
      )}
      {diff.changed.length > 0 && (
        <>
          <h4>{t('optionsPreviewChanged')}</h4>
          <ul class="changed">
            {diff.changed.map((c) => (
              <li key={c.id}>
                {c.name}
                <ul>{c.changes.map((f) => <li key={f.field}>{`${f.field}: ${f.from} → ${f.to}`}</li>)}</ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.removed.length > 0 && (
        <>
          <h4>{t('optionsPreviewRemoved')}</h4>
          <ul class="removed">{diff.removed.map((e) => <li key={e.id}>{e.name} ({LIST_LABELS[e.list]})</li>)}</ul>
        </>
      )}
      {preview.kept.length > 0 && <p>{t('optionsPreviewKept', String(preview.kept.length))}</p>}
      {preview.untouched > 0 && <p>{t('optionsPreviewUntouched', String(preview.untouched))}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply}>{t('optionsApply')}</button>
        <button type="button" onClick={onCancel}>{t('optionsCancel')}</button>
      </div>
    </section>
  );
}
