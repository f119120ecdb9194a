/**
 * The list WRO Lens ships. It is validated against the schema before every build (vite.config.ts) and
 * in the tests; parsing it again here would cost every page the content script runs on.
 */
import raw from './dataset.json';
import type { Dataset } from '../core/schema';

export const bundledDataset = raw as Dataset;
