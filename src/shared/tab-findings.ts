/**
 * Findings per tab and frame, kept in session storage so the badge and popup stay right after the
 * service worker is stopped and restarted. Nothing leaves the machine.
 */
import browser from 'webextension-polyfill';
import { mergeFindings, type PageFinding } from '../core/findings';

type FrameFindings = Record<string, PageFinding[]>;

const key = (tabId: number) => `findings:${tabId}`;

/**
 * Updates of one tab run one after another: frames report at the same time, and each update reads,
 * changes and writes the tab's record (two at once would lose one frame's findings).
 */
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}

async function loadFrames(tabId: number): Promise<FrameFindings> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as FrameFindings | undefined) ?? {};
}

/** What to do with a tab's merged findings once they are stored (in the same turn of its queue). */
export type AfterUpdate = (merged: PageFinding[]) => Promise<void>;

/** Stores one frame's findings, then hands the tab's findings, merged over its frames, to `after`. */
export function saveFrameFindings(tabId: number, frameId: number, findings: PageFinding[], after: AfterUpdate): Promise<void> {
  return serial(tabId, async () => {
    const frames = await loadFrames(tabId);
    if (findings.length) frames[frameId] = findings;
    else delete frames[frameId];
    await browser.storage.session.set({ [key(tabId)]: frames });
    await after(mergeFindings(Object.values(frames)));
  });
}

export async function loadTabFindings(tabId: number): Promise<PageFinding[]> {
  return mergeFindings(Object.values(await loadFrames(tabId)));
}

export function forgetTab(tabId: number, after?: AfterUpdate): Promise<void> {
  return serial(tabId, async () => {
    await browser.storage.session.remove(key(tabId));
    await after?.([]);
  });
}
