/**
 * Keeps findings current on pages that change: SPAs that render late or navigate in place, lists that
 * grow. The observer callback only collects; work runs batched on the next frame (with a timer fallback
 * for background tabs, where frames do not come). A flood of changes falls back to one bounded rescan.
 */

/** Above this many mutation records in a batch, rescanning the whole page is cheaper than following them. */
const FLOOD_RECORDS = 1000;
const BACKGROUND_FALLBACK_MS = 250;

export interface ChangeBatch {
  /** Elements whose text may have changed, outermost only. */
  regions: Element[];
  /** Text nodes whose data changed, or that were removed. */
  changedText: Set<Node>;
  /** True when the batch was a flood: rescan everything. */
  flood: boolean;
}

const BLOCK_SELECTOR = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,div,section,article,tr,tbody,thead,table,ul,ol,dl,main,aside,header,footer,nav,form,fieldset,blockquote,pre,address,figure,figcaption,details,summary,label,button,body';

export class PageWatcher {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private scheduled = false;

  constructor(
    private readonly ignore: (node: Node) => boolean,
    private readonly onBatch: (batch: ChangeBatch) => void,
  ) {
    this.observer = new MutationObserver((records) => {
      for (const r of records) this.records.push(r);
      this.schedule();
    });
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.records = [];
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.scheduled = false;
      this.flush();
    };
    requestAnimationFrame(run);
    setTimeout(run, BACKGROUND_FALLBACK_MS);
  }

  /** Hands over the changes collected so far now, rather than on the next frame. */
  flush(): void {
    const records = this.records;
    this.records = [];
    if (!records.length) return;
    if (records.length > FLOOD_RECORDS) {
      this.onBatch({ regions: [], changedText: new Set(), flood: true });
      return;
    }
    const changedText = new Set<Node>();
    const touched = new Set<Element>();
    const touch = (node: Node) => {
      const region = regionOf(node);
      if (region) touched.add(region);
    };
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') {
        changedText.add(r.target);
        touch(r.target);
        continue;
      }
      // An added block (a row, a list item) is scanned on its own; inline content joins its block's text.
      for (const n of r.addedNodes) {
        if (isBlock(n)) touch(n);
        else touch(r.target);
      }
      // Findings in removed nodes are pruned; only removed inline content changes the text left around it.
      for (const n of r.removedNodes) {
        if (n.nodeType === Node.TEXT_NODE) changedText.add(n);
        if (!isBlock(n)) touch(r.target);
      }
    }
    // Changes only in ignored places (an editor's, followed by its own session) are no work at all.
    if (!touched.size && !changedText.size) return;
    this.onBatch({ regions: outermost(touched), changedText, flood: false });
  }
}

function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(BLOCK_SELECTOR);
}

/** The block element whose text a change affects: text joins across inline elements, not across blocks. */
function regionOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || !el.isConnected) return null;
  return el.closest(BLOCK_SELECTOR) ?? el;
}

/** Drops regions inside other regions of the batch (sorted in document order, so one pass does it). */
function outermost(regions: Set<Element>): Element[] {
  const sorted = [...regions].filter((el) => el.isConnected).sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  const kept: Element[] = [];
  for (const el of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !last.contains(el)) kept.push(el);
  }
  return kept;
}
