/**
 * Findings per tab and frame, kept in session storage so the badge and popup stay right after the
 * service worker is stopped and restarted. Nothing leaves the machine.
 */
import browser from 'webextension-polyfill';
import { mergeFindings, type PageFinding } from '../core/findings';

/** A tab's record: each frame's findings, and the origin of the page the tab shows. */
interface TabRecord {
  frames: Record<string, PageFinding[]>;
  /** Known from the page's own report, so the popup can name the site without the tabs permission. */
  origin?: string;
}

export interface TabFindings {
  findings: PageFinding[];
  origin?: string;
}

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

async function loadRecord(tabId: number): Promise<TabRecord> {
  return ((await browser.storage.session.get(key(tabId)))[key(tabId)] as TabRecord | undefined) ?? { frames: {} };
}

/** What to do with a tab's merged findings once they are stored (in the same turn of its queue). */
export type AfterUpdate = (merged: PageFinding[]) => Promise<void>;

/**
 * Stores one frame's findings (and, for the top frame, its page's origin), then hands the tab's
 * findings, merged over its frames, to `after`.
 */
export function saveFrameFindings(tabId: number, frameId: number, findings: PageFinding[], origin: string | undefined, after: AfterUpdate): Promise<void> {
  return serial(tabId, async () => {
    const record = await loadRecord(tabId);
    if (findings.length) record.frames[frameId] = findings;
    else delete record.frames[frameId];
    if (frameId === 0 && origin) record.origin = origin;
    await browser.storage.session.set({ [key(tabId)]: record });
    await after(mergeFindings(Object.values(record.frames)));
  });
}

export async function loadTabFindings(tabId: number): Promise<TabFindings> {
  const record = await loadRecord(tabId);
  const findings = mergeFindings(Object.values(record.frames));
  return record.origin ? { findings, origin: record.origin } : { findings };
}

export function forgetTab(tabId: number, after?: AfterUpdate): Promise<void> {
  return serial(tabId, async () => {
    await browser.storage.session.remove(key(tabId));
    await after?.([]);
  });
}
