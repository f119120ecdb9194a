/**
 * Finds listed suppliers in a document: scans its text in time slices, turns matches into ranges, keeps
 * them current as the page changes, and tells its listeners what is shown.
 */
import { scanText, type MatcherIndex } from '../core/matcher';
import type { Settings } from '../shared/settings';
import { collectText, locate, type TextSegment } from './text-collector';
import type { HighlightLayer } from './highlights';
import type { TimeSlicer } from './yield-to-page';
import type { PortalAdapter } from './portals';
import { groupMatches, isShown, type Finding } from './finding';

/** One highlighted span of page or editor text and the listed entry it names. */
export interface PageMatch extends Finding {
  /** Static in page text; live in an editor, so it follows typing until the next check. */
  range: AbstractRange;
  startNode: Text;
  endNode: Text;
  /** The editor (contenteditable host) the text is in, if any: shown with the editor's badge, not a marker. */
  editor?: Element;
}

export interface PageCheckerOptions {
  index: MatcherIndex;
  settings: Settings;
  /** Shared with other checkers of the document: the highlight registry holds one highlight per name. */
  highlights: HighlightLayer;
  adapter?: PortalAdapter;
  /** Elements never scanned (the extension's own UI). */
  exclude: ReadonlySet<Element>;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called by notify() and on settings changes with everything shown now. */
  onChange: (shown: readonly PageMatch[]) => void;
}

/** During a long scan, found ranges are painted at most this often: each paint of a big page is costly. */
const PAINT_EVERY_MS = 500;

export class PageChecker {
  private readonly matches = new Set<PageMatch>();
  /** Found but not yet painted: highlights are registered in batches, not one by one. */
  private pending: PageMatch[] = [];
  private readonly highlights: HighlightLayer;
  private settings: Settings;

  constructor(private readonly options: PageCheckerOptions) {
    this.settings = options.settings;
    this.highlights = options.highlights;
  }

  /** Everything found and shown under the current settings, in page order. */
  shown(): PageMatch[] {
    return [...this.matches].filter((m) => isShown(m, this.settings));
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    for (const m of this.matches) {
      this.highlights.delete(m.severity, m.range);
      if (isShown(m, settings)) this.highlights.add(m.severity, m.range);
    }
    this.notify();
  }

  /** Tells the listener what is shown now (after a batch of work, not after each piece of it). */
  notify(): void {
    this.options.onChange(this.shown());
  }

  /** Scans everything under `root` (replacing what was found there before), a slice at a time. */
  async scan(root: Node, slicer: TimeSlicer): Promise<void> {
    this.forgetWithin([root]);
    await this.collectAndMatch(root, slicer);
  }

  /** Scans changed parts of the page again, replacing what was found in them. */
  async rescan(regions: readonly Node[], slicer: TimeSlicer, editor?: Element): Promise<void> {
    this.forgetWithin(regions);
    for (const region of regions) await this.collectAndMatch(region, slicer, editor);
  }

  private async collectAndMatch(root: Node, slicer: TimeSlicer, editor?: Element): Promise<void> {
    let painted = performance.now();
    for (const segment of collectText(root, { exclude: this.options.exclude, onShadowRoot: this.options.onShadowRoot })) {
      this.addSegment(segment, editor);
      if (performance.now() - painted > PAINT_EVERY_MS) {
        this.paintPending();
        painted = performance.now();
      }
      await slicer.maybeYield();
    }
    this.paintPending();
  }

  private paintPending(): void {
    for (const m of this.pending) if (this.matches.has(m) && isShown(m, this.settings)) this.highlights.add(m.severity, m.range);
    this.pending = [];
  }

  /** Drops findings whose text left the page or changed. */
  pruneDetached(changedText: ReadonlySet<Node>): void {
    for (const m of this.matches) {
      if (!m.startNode.isConnected || !m.endNode.isConnected || changedText.has(m.startNode) || changedText.has(m.endNode)) this.remove(m);
    }
  }

  /** Forgets every finding under any of `roots` (before they are scanned again). */
  private forgetWithin(roots: readonly Node[]): void {
    if (!this.matches.size || !roots.length) return;
    const set = new Set(roots);
    // Walk up from each finding (a few steps) rather than asking every root about every finding. The walk
    // stops at a shadow root: findings inside one belong to that root's own scans, not to its host's page.
    for (const m of this.matches) {
      for (let n: Node | null = m.startNode; n; n = n.parentNode) {
        if (set.has(n)) {
          this.remove(m);
          break;
        }
      }
    }
  }

  clear(): void {
    for (const m of this.matches) this.highlights.delete(m.severity, m.range);
    this.matches.clear();
    this.pending = [];
  }

  /** Forgets the findings of an editor that is no longer checked. */
  forgetEditor(editor: Element): void {
    for (const m of this.matches) if (m.editor === editor) this.remove(m);
  }

  private remove(m: PageMatch): void {
    this.matches.delete(m);
    this.highlights.delete(m.severity, m.range);
  }

  private addSegment(segment: TextSegment, editor?: Element): void {
    const { index, adapter } = this.options;
    const matches = scanText(index, segment.text);
    if (!matches.length) return;
    for (const finding of groupMatches(index, matches, (m) => segment.text.slice(m.start, m.end))) {
      const start = locate(segment, finding.match.start, false);
      const end = locate(segment, finding.match.end, true);
      const m: PageMatch = { ...finding, range: toRange(start, end, !!editor), startNode: start.node, endNode: end.node };
      if (editor) m.editor = editor;
      const role = adapter?.roleOf(start.node);
      if (role) m.role = role;
      this.matches.add(m);
      this.pending.push(m);
    }
  }
}

type Boundary = { node: Text; offset: number };

/** Static ranges cost nothing while the page changes; in an editor a live one follows the typing. */
function toRange(start: Boundary, end: Boundary, live: boolean): AbstractRange {
  if (!live) return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
  const range = start.node.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
