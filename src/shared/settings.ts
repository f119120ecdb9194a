/**
 * The user's settings, in extension storage, with the organisation's policy on top: a value set by policy
 * wins over the user's own and is locked. Every part reads the effective settings; the user's own are
 * written only through the helpers here, so policy values never leak into them.
 */
import browser from 'webextension-polyfill';
import { loadPolicy, type Policy } from './policy';

export interface Settings {
  /** Show orders that were lifted or revoked (marked as such, with their date). */
  showLifted: boolean;
  /** Show "similar name — verify" matches. */
  showPossible: boolean;
  /** Show mentions of regions under region-wide orders. */
  showRegion: boolean;
  /** Origins ("https://example.org") where WRO Lens is off: the user's, and the policy's "never" sites. */
  disabledSites: string[];
  /** Origins checked always: the user's (each backed by an optional host permission), and the policy's. */
  addedSites: string[];
}

export type DisplayKey = 'showLifted' | 'showPossible' | 'showRegion';
export const DISPLAY_KEYS: readonly DisplayKey[] = ['showLifted', 'showPossible', 'showRegion'];

export const DEFAULT_SETTINGS: Settings = {
  showLifted: true,
  showPossible: true,
  showRegion: true,
  disabledSites: [],
  addedSites: [],
};

/** The effective settings and what the organisation decided. */
export interface SettingsState {
  settings: Settings;
  own: Settings;
  policy: Policy;
}

const KEY = 'settings';

async function loadOwn(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

function withPolicy(own: Settings, policy: Policy): Settings {
  const settings = { ...own };
  for (const key of DISPLAY_KEYS) settings[key] = policy[key] ?? own[key];
  settings.disabledSites = [...new Set([...own.disabledSites, ...policy.neverSites])];
  settings.addedSites = [...new Set([...own.addedSites, ...policy.extraSites])].filter((o) => !policy.neverSites.includes(o));
  return settings;
}

/** Whether the organisation decided this setting (a display key), or all of them. */
export function isLocked(policy: Policy, key?: DisplayKey): boolean {
  return policy.lockSettings || (key !== undefined && policy[key] !== undefined);
}

export async function loadSettingsState(): Promise<SettingsState> {
  const [own, policy] = await Promise.all([loadOwn(), loadPolicy()]);
  return { settings: withPolicy(own, policy), own, policy };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/** Changes the user's own settings; refused for what the organisation locked. */
export async function saveSettings(change: Partial<Settings>): Promise<void> {
  const policy = await loadPolicy();
  if (policy.lockSettings) throw new Error('Your organisation manages these settings.');
  for (const key of DISPLAY_KEYS) if (key in change && isLocked(policy, key)) throw new Error('Your organisation manages this setting.');
  await browser.storage.local.set({ [KEY]: { ...(await loadOwn()), ...change } });
}

/** Switches WRO Lens on or off for one site, in the user's own list. */
export async function switchSite(origin: string, on: boolean): Promise<void> {
  const { disabledSites } = await loadOwn();
  await saveSettings({ disabledSites: on ? disabledSites.filter((o) => o !== origin) : [...new Set([...disabledSites, origin])] });
}

/** Adds or removes a site the user asked to check always. */
export async function setSiteAdded(origin: string, added: boolean): Promise<void> {
  const { addedSites } = await loadOwn();
  await saveSettings({ addedSites: added ? [...new Set([...addedSites, origin])] : addedSites.filter((o) => o !== origin) });
}

/** Calls back with the new state whenever the user's settings or the policy change. */
export function onSettingsStateChanged(listener: (state: SettingsState) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if ((area === 'local' && changes[KEY]) || area === 'managed') void loadSettingsState().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onSettingsStateChanged((state) => listener(state.settings));
}

