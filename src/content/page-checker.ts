/**
 * Finds listed suppliers in a document: scans its text in time slices, turns matches into ranges, keeps
 * them current as the page changes, and tells its listeners what is shown.
 */
import { scanText, type Match, type MatcherIndex } from '../core/matcher';
import type { Entry } from '../core/schema';
import { SEVERITY_RANK, severityOf, type Severity } from '../core/severity';
import type { Settings } from '../shared/settings';
import { collectText, locate, type TextSegment } from './text-collector';
import { HighlightLayer } from './highlights';
import type { TimeSlicer } from './yield-to-page';
import type { PortalAdapter, Role } from './portals';

export interface Listing {
  entry: Entry;
  match: Match;
}

/** One highlighted span of text and the listed entry it names (more than one when an entity is on two lists). */
export interface PageMatch extends Listing {
  /** Further entries matched by exactly the same text (XPCC is on the WRO list and the UFLPA Entity List). */
  others: Listing[];
  /** The text as the page shows it. */
  text: string;
  severity: Severity;
  range: StaticRange;
  startNode: Text;
  endNode: Text;
  role?: Role;
}

export interface PageCheckerOptions {
  index: MatcherIndex;
  settings: Settings;
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
  private readonly highlights = new HighlightLayer();
  private settings: Settings;

  constructor(private readonly options: PageCheckerOptions) {
    this.settings = options.settings;
  }

  /** Everything found and shown under the current settings, in page order. */
  shown(): PageMatch[] {
    return [...this.matches].filter((m) => this.isShown(m));
  }

  private isShown(m: PageMatch): boolean {
    if (m.severity === 'lifted') return this.settings.showLifted;
    if (m.match.tier === 'possible') return this.settings.showPossible;
    if (m.match.tier === 'region') return this.settings.showRegion;
    return true;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.highlights.clear();
    for (const m of this.matches) if (this.isShown(m)) this.highlights.add(m.severity, m.range);
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
  async rescan(regions: readonly Node[], slicer: TimeSlicer): Promise<void> {
    this.forgetWithin(regions);
    for (const region of regions) await this.collectAndMatch(region, slicer);
  }

  private async collectAndMatch(root: Node, slicer: TimeSlicer): Promise<void> {
    let painted = performance.now();
    for (const segment of collectText(root, { exclude: this.options.exclude, onShadowRoot: this.options.onShadowRoot })) {
      this.addSegment(segment);
      if (performance.now() - painted > PAINT_EVERY_MS) {
        this.paintPending();
        painted = performance.now();
      }
      await slicer.maybeYield();
    }
    this.paintPending();
  }

  private paintPending(): void {
    for (const m of this.pending) if (this.matches.has(m) && this.isShown(m)) this.highlights.add(m.severity, m.range);
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
    this.matches.clear();
    this.pending = [];
    this.highlights.clear();
  }

  dispose(): void {
    this.matches.clear();
    this.highlights.dispose();
  }

  /** Raises a not-yet-painted finding's severity (it is painted with the rest of its batch). */
  private reclassify(m: PageMatch, severity: Severity): void {
    m.severity = severity;
  }

  private remove(m: PageMatch): void {
    this.matches.delete(m);
    this.highlights.delete(m.severity, m.range);
  }

  private addSegment(segment: TextSegment): void {
    const { index, adapter } = this.options;
    let previous: PageMatch | undefined;
    for (const match of scanText(index, segment.text)) {
      const entry = index.byId.get(match.entryId)!;
      // Matches come sorted by position: the same span again is the same text on another list.
      if (previous && previous.match.start === match.start && previous.match.end === match.end) {
        previous.others.push({ entry, match });
        const severity = severityOf(match.tier, entry.status);
        if (SEVERITY_RANK[severity] > SEVERITY_RANK[previous.severity]) this.reclassify(previous, severity);
        continue;
      }
      const start = locate(segment, match.start, false);
      const end = locate(segment, match.end, true);
      const range = new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
      const m: PageMatch = {
        entry,
        match,
        others: [],
        text: segment.text.slice(match.start, match.end),
        severity: severityOf(match.tier, entry.status),
        range,
        startNode: start.node,
        endNode: end.node,
      };
      const role = adapter?.roleOf(start.node);
      if (role) m.role = role;
      this.matches.add(m);
      this.pending.push(m);
      previous = m;
    }
  }
}
