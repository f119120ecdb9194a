/**
 * Underlines in a <textarea> or text <input>, where the Custom Highlight API does not paint: a mirror
 * of the field's text, laid out with the field's own font, padding and wrapping, transparent except for
 * the underlines, placed exactly over the field and scrolled with it. The field is never touched.
 */
import type { TextEdit } from '../../core/drafting';
import type { Finding } from '../finding';
import type { HitTest, UiLayer } from '../ui-layer';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** A finding in a field: its match's offsets follow the text as the user edits it. */
export type FieldFinding = Finding;

/** Styles that decide where each character of the field's text is laid out. */
const LAYOUT_PROPERTIES = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-kerning', 'font-feature-settings', 'font-variation-settings', 'font-optical-sizing', 'font-size-adjust',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'tab-size',
  'white-space', 'overflow-wrap', 'word-break', 'hyphens', 'text-rendering', 'writing-mode',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

interface Piece {
  node: Text;
  start: number;
  end: number;
  /** The underlined text of a finding; plain text between findings otherwise. */
  finding?: FieldFinding;
  span?: HTMLSpanElement;
}

export class FieldOverlay {
  private readonly box: HTMLDivElement;
  private readonly mirror: HTMLDivElement;
  private pieces: Piece[] = [];
  private readonly unmount: () => void;

  constructor(private readonly field: TextField, ui: UiLayer) {
    const doc = field.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'field-overlay';
    this.box.setAttribute('aria-hidden', 'true');
    this.mirror = doc.createElement('div');
    this.mirror.className = 'mirror';
    this.box.append(this.mirror);
    const hitTest: HitTest = (x, y) => this.findingAt(x, y);
    this.unmount = ui.mount(this.box, hitTest);
    this.syncLayout();
  }

  /** Draws the text with these findings underlined. */
  render(text: string, findings: readonly FieldFinding[]): void {
    const doc = this.field.ownerDocument;
    const pieces: Piece[] = [];
    let at = 0;
    for (const finding of findings) {
      const { start, end } = finding.match;
      pieces.push({ node: doc.createTextNode(text.slice(at, start)), start: at, end: start });
      const span = doc.createElement('span');
      span.className = `sev-${finding.severity}`;
      const node = doc.createTextNode(text.slice(start, end));
      span.append(node);
      pieces.push({ node, start, end, finding, span });
      at = end;
    }
    pieces.push({ node: doc.createTextNode(text.slice(at)), start: at, end: text.length });
    this.pieces = pieces;
    this.mirror.replaceChildren(...pieces.map((p) => p.span ?? p.node));
  }

  /**
   * Applies one edit to the drawn text in place when it falls within one piece (typing between or inside
   * findings): only that text node changes. Returns false when the text must be drawn again.
   */
  applyEdit(edit: TextEdit, text: string): boolean {
    const end = edit.start + edit.removed;
    // Text typed at a finding's edge belongs to the plain text beside it (see mapSpan).
    const piece = this.pieces.find((p) => (p.finding ? p.start < edit.start && end < p.end : p.start <= edit.start && end <= p.end));
    if (!piece) return false;
    const delta = edit.inserted - edit.removed;
    piece.node.replaceData(edit.start - piece.start, edit.removed, text.slice(edit.start, edit.start + edit.inserted));
    piece.end += delta;
    for (let i = this.pieces.indexOf(piece) + 1; i < this.pieces.length; i++) {
      this.pieces[i]!.start += delta;
      this.pieces[i]!.end += delta;
    }
    return true;
  }

  /** Follows the field's scrolling: the mirror moves, nothing is laid out again. */
  syncScroll(): void {
    this.mirror.style.transform = `translate(${-this.field.scrollLeft}px, ${-this.field.scrollTop}px)`;
  }

  /** Copies the field's text layout, box and place on the page (after a resize, zoom, font load or move). */
  syncLayout(): void {
    const view = this.field.ownerDocument.defaultView;
    const rect = this.field.getBoundingClientRect();
    if (!view || !this.field.isConnected || rect.width === 0) {
      this.box.hidden = true;
      return;
    }
    const computed = view.getComputedStyle(this.field);
    const style = this.mirror.style;
    for (const name of LAYOUT_PROPERTIES) style.setProperty(name, computed.getPropertyValue(name));
    const box = paddingBox(this.field, rect, computed);
    style.width = `${box.width}px`;
    if (this.field.localName === 'input') {
      // One line, centred vertically as a text input centres it.
      style.whiteSpace = 'pre';
      style.display = 'flex';
      style.alignItems = 'center';
      style.height = `${box.height}px`;
    }
    Object.assign(this.box.style, {
      left: `${rect.left + view.scrollX + box.left}px`,
      top: `${rect.top + view.scrollY + box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    this.box.hidden = false;
    this.syncScroll();
  }

  /** A finding's box on screen now (the card is placed by it). */
  anchorOf(finding: FieldFinding): () => DOMRect {
    return () => {
      const piece = this.pieces.find((p) => p.finding === finding);
      return piece?.span ? piece.span.getBoundingClientRect() : this.field.getBoundingClientRect();
    };
  }

  private findingAt(x: number, y: number): ReturnType<HitTest> {
    if (this.box.hidden) return null;
    const clip = this.box.getBoundingClientRect();
    if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) return null;
    for (const piece of this.pieces) {
      if (!piece.span || !piece.finding) continue;
      for (const r of piece.span.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { finding: piece.finding, anchor: this.anchorOf(piece.finding) };
      }
    }
    return null;
  }

  dispose(): void {
    this.unmount();
  }
}

/**
 * Where the field's text is laid out: inside its borders, less a textarea's scrollbar. (Firefox reports
 * a text input's padding as part of its client edge, so inputs are measured from their borders.)
 */
function paddingBox(field: TextField, rect: DOMRect, computed: CSSStyleDeclaration): { left: number; top: number; width: number; height: number } {
  if (field.localName === 'textarea') return { left: field.clientLeft, top: field.clientTop, width: field.clientWidth, height: field.clientHeight };
  const left = parseFloat(computed.borderLeftWidth) || 0;
  const top = parseFloat(computed.borderTopWidth) || 0;
  return {
    left,
    top,
    width: rect.width - left - (parseFloat(computed.borderRightWidth) || 0),
    height: rect.height - top - (parseFloat(computed.borderBottomWidth) || 0),
  };
}
