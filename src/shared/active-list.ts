/**
 * The list in use: the bundled one, or one an admin imported on the settings page. An import keeps the list
 * it replaced, so one click rolls back; resetting to the bundled list keeps it too. Every part of the
 * extension reads the list through here.
 */
import browser from 'webextension-polyfill';
import { bundledDataset } from '../data';
import type { Dataset } from '../core/schema';
import type { ImportFormat } from '../core/import';

export interface ListOrigin {
  kind: 'bundled' | ImportFormat;
  fileName?: string;
  /** When it was applied (ISO date-time). */
  appliedAt?: string;
}

export interface ActiveList {
  dataset: Dataset;
  origin: ListOrigin;
}

export interface ListState {
  current: ActiveList;
  /** The list the current one replaced, if any: what "Roll back" restores. */
  previous: ActiveList | null;
}

const CURRENT = 'list.current';
const PREVIOUS = 'list.previous';

const BUNDLED: ActiveList = { dataset: bundledDataset, origin: { kind: 'bundled' } };

type Stored = ActiveList | { origin: { kind: 'bundled' } };

// The bundled list is stored as its origin alone: it ships with the extension.
const pack = (list: ActiveList): Stored => (list.origin.kind === 'bundled' ? { origin: list.origin as { kind: 'bundled' } } : list);
const unpack = (stored: Stored | undefined): ActiveList | null => (!stored ? null : 'dataset' in stored ? stored : BUNDLED);

export async function loadListState(): Promise<ListState> {
  const stored = await browser.storage.local.get([CURRENT, PREVIOUS]);
  return { current: unpack(stored[CURRENT] as Stored | undefined) ?? BUNDLED, previous: unpack(stored[PREVIOUS] as Stored | undefined) };
}

/** The list in use alone: what every page reads, without the roll-back copy. */
export async function loadActiveList(): Promise<ActiveList> {
  return unpack((await browser.storage.local.get(CURRENT))[CURRENT] as Stored | undefined) ?? BUNDLED;
}

/** One write, so a reader never sees the new list without the one it replaced. */
async function store(current: ActiveList, previous: ActiveList): Promise<void> {
  await browser.storage.local.set({ [CURRENT]: pack(current), [PREVIOUS]: pack(previous) });
}

/** Makes an imported, validated list current. */
export async function applyList(dataset: Dataset, origin: ListOrigin): Promise<void> {
  const { current } = await loadListState();
  await store({ dataset, origin: { ...origin, appliedAt: new Date().toISOString() } }, current);
}

/** Swaps back to the list the current one replaced. */
export async function rollBack(): Promise<void> {
  const { current, previous } = await loadListState();
  if (previous) await store(previous, current);
}

export async function resetToBundled(): Promise<void> {
  const { current } = await loadListState();
  if (current.origin.kind !== 'bundled') await store(BUNDLED, current);
}

export function onListChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (CURRENT in changes || PREVIOUS in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
