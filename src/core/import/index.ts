/**
 * One entry point for "update the list", shared by the settings page and `wro-lens data import`: reads CBP's
 * CSV or a dataset JSON, builds the new list on top of the one in use, validates it, and says what would
 * change. Nothing is stored here: the caller applies the result only when the admin says so.
 */
import { DatasetError, parseDataset, type Dataset } from '../schema';
import { InputError, MAX_IMPORT_BYTES, megabytes } from '../input-error';
import { parseCbpCsv } from './cbp-csv';
import { datasetFromCbp, type KeptDetails } from './from-cbp';
import { diffDatasets, type DatasetDiff } from './diff';

export type ImportFormat = 'cbp-csv' | 'dataset-json';

export interface ImportPreview {
  format: ImportFormat;
  dataset: Dataset;
  diff: DatasetDiff;
  kept: KeptDetails[];
  /** Entries kept as they were because the file does not cover them (UFLPA entries, for CBP's CSV). */
  untouched: number;
}

function formatOf(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'dataset-json';
  if (/\.csv$/i.test(fileName)) return 'cbp-csv';
  return text.trimStart().startsWith('{') ? 'dataset-json' : 'cbp-csv';
}

/** A dataset file's text, parsed and validated; refusals name the entry and field. */
export function readDatasetJson(text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError([`This is not valid JSON: ${(e as Error).message}.`]);
  }
  try {
    return parseDataset(json);
  } catch (e) {
    if (e instanceof DatasetError) throw new InputError(e.problems.map((p) => `${p[0]!.toUpperCase()}${p.slice(1)}.`));
    throw e;
  }
}

/** Refuses a file too large to be a list before any of it is read. */
export function checkImportSize(size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new InputError([`The file is ${megabytes(size)}; a list is never larger than ${megabytes(MAX_IMPORT_BYTES)} (CBP's CSV is under 100 kB). Check that this is the right file.`]);
  }
}

/**
 * Call checkImportSize with the file's size before reading its text.
 * @param asOf today's date (YYYY-MM-DD): the as-of date of a list built from CBP's CSV
 */
export function previewImport(fileName: string, text: string, current: Dataset, asOf: string): ImportPreview {
  const format = formatOf(fileName, text);
  if (format === 'dataset-json') {
    const dataset = readDatasetJson(text);
    return { format, dataset, diff: diffDatasets(current, dataset), kept: [], untouched: 0 };
  }
  const built = datasetFromCbp(current, parseCbpCsv(text), asOf);
  // A list built from a CSV must pass the same schema as any other; a failure here is a bug, said plainly.
  let dataset: Dataset;
  try {
    dataset = parseDataset(built.dataset);
  } catch (e) {
    throw new InputError([`The list built from this file is not valid: ${(e as Error).message}`]);
  }
  return { format, dataset, diff: diffDatasets(current, dataset), kept: built.kept, untouched: built.untouched };
}

