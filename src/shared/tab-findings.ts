/**
 * Findings per tab, kept in session storage so the badge and popup stay right after the service worker
 * is stopped and restarted. Nothing leaves the machine.
 */
import browser from 'webextension-polyfill';
import type { PageFinding } from '../core/findings';

const key = (tabId: number) => `findings:${tabId}`;

export async function saveTabFindings(tabId: number, findings: PageFinding[]): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: findings });
}

export async function loadTabFindings(tabId: number): Promise<PageFinding[]> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageFinding[] | undefined) ?? [];
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
