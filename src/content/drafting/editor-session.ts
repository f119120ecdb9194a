/**
 * Checking one rich-text editor (a contenteditable host: a plain one, Quill, CKEditor, TinyMCE, ...) as
 * the user types. Its changes are collected as they happen; each pause rescans only the blocks
 * (paragraphs, list items) they touched, with the page's own checker, so findings are highlighted and
 * explained exactly as in page text.
 */
import type { PageChecker } from '../page-checker';
import { PageWatcher, type ChangeBatch } from '../page-watcher';
import type { TimeSlicer } from '../yield-to-page';

/** Runs checking work in the page check's queue, time-sliced, and updates the layer after it. */
export type RunJob = (name: string, work: (slicer: TimeSlicer) => Promise<void>) => void;

export class EditorSession {
  private readonly watcher: PageWatcher;
  private regions = new Set<Element>();
  private changedText = new Set<Node>();
  /** The first check (and one after a flood of changes) reads the whole editor. */
  private whole = true;

  /** `onEdit` is told of every change: editors may change their text without an input event (their own undo). */
  constructor(readonly host: HTMLElement, private readonly checker: PageChecker, private readonly run: RunJob, private readonly onEdit: () => void) {
    this.watcher = new PageWatcher(() => false, (batch) => this.collect(batch));
    this.watcher.observe(host);
  }

  private collect(batch: ChangeBatch): void {
    this.onEdit();
    if (batch.flood) this.whole = true;
    for (const region of batch.regions) this.regions.add(this.host.contains(region) ? region : this.host);
    for (const node of batch.changedText) this.changedText.add(node);
  }

  /** The page was scanned afresh (its findings dropped): the next check reads the whole editor again. */
  recheckWhole(): void {
    this.whole = true;
  }

  needsCheck(): boolean {
    this.watcher.flush();
    return this.whole || this.regions.size > 0 || this.changedText.size > 0;
  }

  check(): void {
    this.watcher.flush();
    const { host, whole, changedText } = this;
    const regions = [...this.regions];
    this.whole = false;
    this.regions = new Set();
    this.changedText = new Set();
    this.run('wro-lens:draft-check', async (slicer) => {
      if (!host.isConnected) return;
      this.checker.pruneDetached(changedText);
      await this.checker.rescan(whole ? [host] : outermost(regions), slicer, host);
    });
  }

  dispose(): void {
    this.watcher.disconnect();
    this.checker.forgetEditor(this.host);
  }
}

/** Connected regions not inside another one of the list. */
function outermost(regions: Element[]): Element[] {
  const connected = regions.filter((r) => r.isConnected);
  return connected.filter((r) => !connected.some((other) => other !== r && other.contains(r)));
}
