/**
 * The background: keeps each tab's findings and the toolbar badge, checks pages on request, and keeps
 * the user's added sites registered. Holds no state of its own: everything is in storage, so a stopped
 * and restarted service worker carries on.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, PENDING_LOOKUP_KEY, type Message } from '../shared/messages';
import { forgetTab, loadTabFindings, saveFrameFindings } from '../shared/tab-findings';
import { showBadge } from './badge';
import { addSite, checkTab, syncSiteScripts } from './check-tab';
import { onSettingsChanged } from '../shared/settings';

const MENU_CHECK_PAGE = 'wro-lens-check-page';
const MENU_LOOKUP_SELECTION = 'wro-lens-lookup-selection';

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'CS_FINDINGS': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      const origin = sender.url ? new URL(sender.url).origin : undefined;
      await saveFrameFindings(tabId, sender.frameId ?? 0, message.findings, origin, (merged) => showBadge(tabId, merged));
      return undefined;
    }
    case 'UI_GET_TAB_FINDINGS':
      return loadTabFindings(message.tabId);
    case 'UI_CHECK_TAB':
      return checkTab(message.tabId);
    case 'UI_ADD_SITE':
      await addSite(message.origin);
      if (message.tabId !== undefined) await checkTab(message.tabId);
      return undefined;
    case 'UI_REVEAL': {
      // Every frame hears it; the one that shows the entry answers.
      const reveal: Message = { type: 'BG_REVEAL', entryId: message.entryId };
      return browser.tabs.sendMessage(message.tabId, reveal).catch(() => false);
    }
    case 'BG_REVEAL':
      return undefined;
  }
});

// Content scripts hold a port so they can tell an extension update (port gone for good) from a restart.
browser.runtime.onConnect.addListener(() => undefined);

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new page in the tab: its old findings (from every frame) no longer stand.
  if (change.status === 'loading') void forgetTab(tabId, (none) => showBadge(tabId, none));
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: MENU_CHECK_PAGE, title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_LOOKUP_SELECTION, title: browser.i18n.getMessage('menuLookupSelection'), contexts: ['selection'] });
  void syncSiteScripts();
});
browser.runtime.onStartup.addListener(() => void syncSiteScripts());
// Sites added or removed on the settings page, or by the organisation's policy.
onSettingsChanged(() => void syncSiteScripts());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_CHECK_PAGE && tab?.id !== undefined) void checkTab(tab.id);
  if (info.menuItemId === MENU_LOOKUP_SELECTION && info.selectionText) void lookUp(info.selectionText.trim().slice(0, 200));
});

/** Opens the popup's lookup on the selected text; where the popup cannot be opened here, in a tab. */
async function lookUp(query: string): Promise<void> {
  await browser.storage.session.set({ [PENDING_LOOKUP_KEY]: query });
  try {
    await browser.action.openPopup();
  } catch {
    await browser.storage.session.remove(PENDING_LOOKUP_KEY);
    await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?q=${encodeURIComponent(query)}`) });
  }
}
