/** The list WRO Lens ships, validated when loaded so a broken build cannot ship a broken list. */
import raw from './dataset.json';
import { parseDataset, type Dataset } from '../core/schema';

export const bundledDataset: Dataset = parseDataset(raw);
