/** The background: keeps each tab's findings and shows their count on the toolbar badge. */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage } from '../shared/messages';
import { forgetTab, loadTabFindings, saveTabFindings } from '../shared/tab-findings';
import type { PageFinding } from '../core/findings';

const BADGE_COLOURS = { exact: '#b00020', strong: '#b00020', possible: '#b26a00', region: '#5b5b5b' } as const;

async function showBadge(tabId: number, findings: PageFinding[]): Promise<void> {
  const companies = findings.filter((f) => f.tier !== 'region');
  const shown = companies.length ? companies : findings;
  await browser.action.setBadgeText({ tabId, text: shown.length ? String(shown.length) : '' });
  if (shown[0]) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[shown[0].tier] });
}

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'CS_FINDINGS': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      await saveTabFindings(tabId, message.findings);
      await showBadge(tabId, message.findings);
      return undefined;
    }
    case 'UI_GET_TAB_FINDINGS':
      return loadTabFindings(message.tabId);
  }
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
