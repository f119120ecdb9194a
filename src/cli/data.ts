/**
 * `wro-lens data import CBP.csv` rebuilds the bundled dataset from CBP's CSV exactly as the settings page
 * does (curated details kept), prints what changed, and writes the file; `wro-lens data validate FILE`
 * checks a dataset file against the schema. Invalid input is refused and no file is touched.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset, type Dataset } from '../core/schema';
import { checkImportSize, previewImport, readDatasetJson } from '../core/import';
import { formatDiff } from '../core/import/diff';
import { InputError } from '../core/input-error';
import { CliError } from './errors';

export const BUNDLED_DATASET_FILE = fileURLToPath(new URL('../data/dataset.json', import.meta.url));

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    throw new CliError(`cannot read ${file}: no such file`);
  }
}

function readDataset(file: string): Dataset {
  sizeOf(file);
  try {
    return parseDataset(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new CliError(`${file}: ${(e as Error).message}`);
  }
}

function refusal(file: string, e: unknown): never {
  if (e instanceof InputError) throw new CliError(`${file} was refused; nothing was changed:\n  ${e.problems.join('\n  ')}`);
  throw e;
}

export function importCbp(file: string, { out = BUNDLED_DATASET_FILE, dryRun = false, today = new Date().toISOString().slice(0, 10) } = {}): string {
  const current = readDataset(out);
  let preview;
  try {
    checkImportSize(sizeOf(file));
    preview = previewImport(file, readFileSync(file, 'utf8'), current, today);
  } catch (e) {
    refusal(file, e);
  }
  const lines = formatDiff(preview.diff);
  if (preview.kept.length) lines.push(`Curated details (aliases, indicators, history, the 2021 letter's wording) kept for ${preview.kept.length} orders found in both.`);
  if (preview.untouched) lines.push(`${preview.untouched} entries CBP's list does not cover (UFLPA Entity List) kept unchanged.`);
  if (dryRun) lines.push(`Dry run: ${out} not written.`);
  else {
    writeFileSync(out, JSON.stringify(preview.dataset, null, 1) + '\n');
    lines.push(`Wrote ${out} (version ${preview.dataset.version}, as of ${preview.dataset.asOf}).`);
  }
  return lines.join('\n') + '\n';
}

export function validateDataset(file: string): string {
  try {
    checkImportSize(sizeOf(file));
    const dataset = readDatasetJson(readFileSync(file, 'utf8'));
    return `${file} is a valid dataset: version ${dataset.version}, as of ${dataset.asOf}, ${dataset.entries.length} entries.\n`;
  } catch (e) {
    refusal(file, e);
  }
}
