/**
 * Findings per tab and frame, kept in session storage so the badge and popup stay right after the
 * service worker is stopped and restarted. Nothing leaves the machine.
 */
import browser from 'webextension-polyfill';
import { mergeFindings, type PageFinding } from '../core/findings';

type FrameFindings = Record<string, PageFinding[]>;

const key = (tabId: number) => `findings:${tabId}`;

async function loadFrames(tabId: number): Promise<FrameFindings> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as FrameFindings | undefined) ?? {};
}

/** Stores one frame's findings and returns the tab's, merged over its frames. */
export async function saveFrameFindings(tabId: number, frameId: number, findings: PageFinding[]): Promise<PageFinding[]> {
  const frames = await loadFrames(tabId);
  if (findings.length) frames[frameId] = findings;
  else delete frames[frameId];
  await browser.storage.session.set({ [key(tabId)]: frames });
  return mergeFindings(Object.values(frames));
}

export async function loadTabFindings(tabId: number): Promise<PageFinding[]> {
  return mergeFindings(Object.values(await loadFrames(tabId)));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
