/** Checks a page on request (popup, context menu) or on every visit to a site the user added. */
import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE, CONTENT_STYLE_FILE } from '../shared/messages';
import { loadSettings, setSiteAdded } from '../shared/settings';

/** Injects the content script into every frame of a tab: needs activeTab or the site's host permission. */
export async function checkTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: [CONTENT_STYLE_FILE] });
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}

const scriptId = (origin: string) => `site:${origin}`;

function registration(origin: string) {
  return {
    id: scriptId(origin),
    matches: [`${origin}/*`],
    js: [CONTENT_SCRIPT_FILE],
    css: [CONTENT_STYLE_FILE],
    allFrames: true,
    runAt: 'document_idle' as const,
  };
}

/** "Always check this site": the host permission was granted in the popup; register and remember it. */
export async function addSite(origin: string): Promise<void> {
  await setSiteAdded(origin, true);
  await syncSiteScripts();
}

/** Makes the registered content scripts match the added sites whose permission is still granted. */
export async function syncSiteScripts(): Promise<void> {
  const { addedSites } = await loadSettings();
  const granted: string[] = [];
  for (const origin of addedSites) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) granted.push(origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const wanted = new Set(granted.map(scriptId));
  const stale = registered.filter((s) => s.id.startsWith('site:') && !wanted.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  const missing = granted.filter((o) => !have.has(scriptId(o))).map(registration);
  if (missing.length) await browser.scripting.registerContentScripts(missing);
}
