import { fileURLToPath } from 'node:url';
import { buildIndex, scanText } from '../src/core/matcher';
import { bundledDataset } from '../src/data';

export const index = buildIndex(bundledDataset);
export const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Matches in `text` as "entryId:tier:matched text", the form most assertions read best in. */
export function found(text: string): string[] {
  return scanText(index, text).map((m) => `${m.entryId}:${m.tier}:${text.slice(m.start, m.end)}`);
}
