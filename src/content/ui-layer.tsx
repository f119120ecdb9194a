/**
 * The extension's own layer on the page, inside a closed shadow root so the page cannot read or restyle
 * it: a small focusable marker by each finding in page text (keyboard users Tab to them), a badge on
 * each field or editor with findings, the underline overlays of form fields, and the card. Hovering a
 * highlight or an underline, or focusing or clicking a marker or a badge, opens the card; Escape closes it.
 */
import { render } from 'preact';
import { describeMatch } from '../core/describe';
import { Card } from './card';
import type { Finding } from './finding';
import type { PageMatch } from './page-checker';
import { createBadge, updateBadge } from './badge';
import { UI_STYLES } from './ui-styles';

/** Finds the finding drawn at a viewport point, with a way to measure its box (a field overlay's hit test). */
export type HitTest = (x: number, y: number) => { finding: Finding; anchor: () => DOMRect } | null;

/** The findings of one field or editor, shown by its badge. */
export interface BadgeFindings {
  findings: readonly Finding[];
  anchorOf: (finding: Finding) => () => DOMRect;
}

interface Badge extends BadgeFindings {
  button: HTMLButtonElement;
  /** The finding the badge opened last: each press moves to the next. */
  shownIndex: number;
}

const HIDE_DELAY_MS = 300;

export class UiLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly overlayBox: HTMLDivElement;
  private readonly markerBox: HTMLDivElement;
  private readonly cardBox: HTMLDivElement;
  private markers = new Map<PageMatch, HTMLButtonElement>();
  private readonly badges = new Map<Element, Badge>();
  private readonly hitTests = new Set<HitTest>();
  private byNode = new Map<Node, PageMatch[]>();
  private open: { finding: Finding; marker?: HTMLButtonElement } | null = null;
  private hideTimer = 0;
  private pointerFrame = 0;
  private positionFrame = 0;
  /** Set while focus returns to a marker after Escape, so that focus does not reopen the card. */
  private refocusing = false;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly doc: Document, private readonly asOf: string) {
    this.host = doc.createElement('wro-lens-ui');
    this.host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = UI_STYLES;
    this.overlayBox = doc.createElement('div');
    this.markerBox = doc.createElement('div');
    this.markerBox.setAttribute('role', 'group');
    this.markerBox.setAttribute('aria-label', 'WRO Lens findings on this page');
    this.cardBox = doc.createElement('div');
    this.root.append(style, this.overlayBox, this.markerBox, this.cardBox);
    doc.documentElement.append(this.host);

    const onMove = (e: MouseEvent) => this.onPointerMove(e);
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && this.open) this.close(true); };
    const onResize = () => this.schedulePositions();
    doc.addEventListener('mousemove', onMove, { passive: true });
    doc.addEventListener('keydown', onKey);
    doc.defaultView?.addEventListener('resize', onResize, { passive: true });
    const resizes = new ResizeObserver(onResize);
    if (doc.body) resizes.observe(doc.body);
    this.cleanup.push(
      () => doc.removeEventListener('mousemove', onMove),
      () => doc.removeEventListener('keydown', onKey),
      () => doc.defaultView?.removeEventListener('resize', onResize),
      () => resizes.disconnect(),
    );
  }

  /** Adds an element (a field's overlay) to the layer, under the markers and the card. */
  mount(element: HTMLElement, hitTest: HitTest): () => void {
    this.overlayBox.append(element);
    this.hitTests.add(hitTest);
    return () => {
      element.remove();
      this.hitTests.delete(hitTest);
    };
  }

  /** Shows a badge with the count on a field or editor with findings; none when there are none. */
  setBadge(target: Element, shown: BadgeFindings): void {
    const badge = this.badges.get(target);
    if (this.open && badge?.findings.includes(this.open.finding) && !shown.findings.includes(this.open.finding)) this.close(false);
    if (!shown.findings.length) {
      this.removeBadge(target);
      return;
    }
    if (badge) {
      Object.assign(badge, shown);
      updateBadge(badge.button, shown.findings);
    } else {
      const created: Badge = { ...shown, shownIndex: -1, button: createBadge(this.doc, shown.findings) };
      let focusedByClick = false;
      created.button.addEventListener('pointerdown', () => { focusedByClick = true; });
      created.button.addEventListener('focus', () => {
        if (!this.refocusing && !focusedByClick) this.showFromBadge(created, 0);
      });
      created.button.addEventListener('click', () => {
        focusedByClick = false;
        this.showFromBadge(created, created.shownIndex + 1);
        this.cardBox.querySelector<HTMLElement>('.card')?.focus();
      });
      created.button.addEventListener('blur', () => this.scheduleHide());
      this.markerBox.append(created.button);
      this.badges.set(target, created);
    }
    this.schedulePositions();
  }

  removeBadge(target: Element): void {
    const badge = this.badges.get(target);
    if (!badge) return;
    if (this.open && badge.findings.includes(this.open.finding)) this.close(false);
    badge.button.remove();
    this.badges.delete(target);
  }

  private showFromBadge(badge: Badge, index: number): void {
    badge.shownIndex = index % badge.findings.length;
    const finding = badge.findings[badge.shownIndex]!;
    this.show(finding, badge.anchorOf(finding), badge.button);
  }

  /** Places badges and markers again (a field moved, resized or scrolled). */
  reposition(): void {
    this.schedulePositions();
  }

  /** Shows markers for exactly these findings (reusing existing ones) and drops the rest. */
  update(shown: readonly PageMatch[]): void {
    const keep = new Set(shown);
    for (const [finding, marker] of this.markers) {
      if (!keep.has(finding)) {
        marker.remove();
        this.markers.delete(finding);
      }
    }
    this.byNode = new Map();
    // New markers go into the layer in one insertion, not one each.
    const added = this.doc.createDocumentFragment();
    for (const finding of shown) {
      for (const node of new Set([finding.startNode, finding.endNode])) {
        const list = this.byNode.get(node);
        if (list) list.push(finding);
        else this.byNode.set(node, [finding]);
      }
      // An editor's findings are counted on its badge: markers would sit in the text being typed.
      if (!finding.editor && !this.markers.has(finding)) {
        const marker = this.createMarker(finding);
        added.append(marker);
        this.markers.set(finding, marker);
      }
    }
    this.markerBox.append(added);
    const open = this.open?.finding;
    if (open && 'range' in open && !keep.has(open as PageMatch)) this.close(false);
    this.schedulePositions();
  }

  /** Markers are placed on the next frame, once per frame however many updates came before it. */
  private schedulePositions(): void {
    if (this.positionFrame) return;
    this.positionFrame = requestAnimationFrame(() => {
      this.positionFrame = 0;
      this.positionMarkers();
    });
  }

  /** Scrolls a finding into view, flashes it and opens its card (the popup's "show me"). */
  reveal(finding: PageMatch): void {
    (finding.startNode.parentElement ?? this.doc.body).scrollIntoView({ block: 'center' });
    const marker = this.markers.get(finding);
    marker?.classList.add('flash');
    setTimeout(() => marker?.classList.remove('flash'), 1500);
    this.show(finding, anchorOf(this.doc, finding), marker);
    marker?.focus({ preventScroll: true });
  }

  dispose(): void {
    for (const fn of this.cleanup) fn();
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.pointerFrame);
    cancelAnimationFrame(this.positionFrame);
    render(null, this.cardBox);
    this.host.remove();
  }

  private createMarker(finding: PageMatch): HTMLButtonElement {
    const marker = this.doc.createElement('button');
    marker.type = 'button';
    marker.className = `marker sev-${finding.severity}`;
    const { label } = describeMatch(finding.match, finding.entry);
    marker.setAttribute('aria-label', `WRO Lens: “${finding.text}”, ${label}: ${finding.entry.name}. Press Enter for details.`);
    marker.addEventListener('focus', () => {
      if (!this.refocusing) this.show(finding, anchorOf(this.doc, finding), marker);
    });
    marker.addEventListener('click', () => {
      this.show(finding, anchorOf(this.doc, finding), marker);
      this.cardBox.querySelector<HTMLElement>('.card')?.focus();
    });
    marker.addEventListener('blur', () => this.scheduleHide());
    return marker;
  }

  /** Reads every finding's box first, then writes every marker's position: one layout, not one per marker. */
  private positionMarkers(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const placed: [HTMLButtonElement, number, number][] = [];
    for (const [target, badge] of this.badges) {
      // Centred on the top right corner: it covers no text of the field.
      const box = target.getBoundingClientRect();
      const visible = target.isConnected && box.width > 0;
      placed.push([badge.button, visible ? box.right + view.scrollX - 9 : -9999, visible ? box.top + view.scrollY - 9 : -9999]);
    }
    for (const [finding, marker] of this.markers) {
      const rects = toRange(this.doc, finding).getClientRects();
      const last = rects[rects.length - 1];
      if (!last || (last.width === 0 && last.height === 0)) {
        placed.push([marker, -9999, -9999]);
        continue;
      }
      placed.push([marker, last.right + view.scrollX + 1, last.top + view.scrollY - 6]);
    }
    for (const [marker, left, top] of placed) {
      marker.style.left = `${left}px`;
      marker.style.top = `${top}px`;
      marker.hidden = left < -1000;
    }
  }

  private onPointerMove(e: MouseEvent): void {
    if (e.target === this.host) {
      clearTimeout(this.hideTimer);
      return;
    }
    cancelAnimationFrame(this.pointerFrame);
    const { clientX, clientY } = e;
    this.pointerFrame = requestAnimationFrame(() => {
      const hit = this.findingAt(clientX, clientY) ?? this.fieldFindingAt(clientX, clientY);
      if (hit) {
        clearTimeout(this.hideTimer);
        if (this.open?.finding !== hit.finding) this.show(hit.finding, hit.anchor, this.markers.get(hit.finding as PageMatch));
      } else if (this.open) {
        this.scheduleHide();
      }
    });
  }

  /** The finding under the pointer: highlights have no events, so hit-test the text at the point. */
  private findingAt(x: number, y: number): { finding: PageMatch; anchor: () => DOMRect } | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const finding of this.byNode.get(caret.node) ?? []) {
      const range = toRange(this.doc, finding);
      if (!range.isPointInRange(caret.node, caret.offset)) continue;
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { finding, anchor: anchorOf(this.doc, finding) };
      }
    }
    return null;
  }

  /** Form fields have no text nodes to hit-test: their overlays answer instead. */
  private fieldFindingAt(x: number, y: number): ReturnType<HitTest> {
    for (const hitTest of this.hitTests) {
      const hit = hitTest(x, y);
      if (hit) return hit;
    }
    return null;
  }

  private show(finding: Finding, anchor: () => DOMRect, marker?: HTMLButtonElement): void {
    clearTimeout(this.hideTimer);
    this.open = marker ? { finding, marker } : { finding };
    render(
      <Card
        finding={finding}
        anchor={anchor}
        asOf={this.asOf}
        onClose={() => this.close(true)}
        onPointerEnter={() => clearTimeout(this.hideTimer)}
        onPointerLeave={() => this.scheduleHide()}
      />,
      this.cardBox,
    );
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      // Keep the card while focus is inside it or on its marker.
      const active = this.root.activeElement;
      if (active && (active === this.open?.marker || this.cardBox.contains(active))) return;
      this.close(false);
    }, HIDE_DELAY_MS);
  }

  private close(returnFocus: boolean): void {
    const marker = this.open?.marker;
    this.open = null;
    render(null, this.cardBox);
    if (returnFocus && marker) {
      this.refocusing = true;
      marker.focus({ preventScroll: true });
      this.refocusing = false;
    }
  }
}

/** Measures a finding's box when called (the card places itself with it). */
export function anchorOf(doc: Document, finding: PageMatch): () => DOMRect {
  const range = toRange(doc, finding);
  return () => range.getBoundingClientRect();
}

/** A live Range over a finding, made only to measure it (live ranges slow every DOM change while they exist). */
function toRange(doc: Document, finding: PageMatch): Range {
  const r = doc.createRange();
  const s = finding.range;
  r.setStart(s.startContainer, s.startOffset);
  r.setEnd(s.endContainer, s.endOffset);
  return r;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (withPosition.caretPositionFromPoint) {
    const p = withPosition.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
