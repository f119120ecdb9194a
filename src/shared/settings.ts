/** The user's display settings and site switches, in extension storage; read by every part. */
import browser from 'webextension-polyfill';

export interface Settings {
  /** Show orders that were lifted or revoked (marked as such, with their date). */
  showLifted: boolean;
  /** Show "similar name — verify" matches. */
  showPossible: boolean;
  /** Show mentions of regions under region-wide orders. */
  showRegion: boolean;
  /** Origins ("https://example.org") where the user switched WRO Lens off. */
  disabledSites: string[];
  /** Origins the user asked to check always (each backed by an optional host permission). */
  addedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  showLifted: true,
  showPossible: true,
  showRegion: true,
  disabledSites: [],
  addedSites: [],
};

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[KEY]) listener({ ...DEFAULT_SETTINGS, ...(changes[KEY].newValue as Partial<Settings>) });
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
