/**
 * Underlines in a <textarea> or text <input>, where the Custom Highlight API does not paint: a mirror
 * of the field's text, laid out with the field's own font, padding and wrapping, transparent except for
 * the underlines, placed exactly over the field and scrolled with it. The field is never touched.
 */
import type { TextEdit } from '../../core/drafting';
import type { Finding } from '../finding';
import type { HitTest, UiLayer } from '../ui-layer';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Styles that decide where each character of the field's text is laid out. */
const LAYOUT_PROPERTIES = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-kerning', 'font-feature-settings', 'font-variation-settings', 'font-optical-sizing', 'font-size-adjust',
  'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-transform', 'text-align', 'tab-size',
  'white-space', 'overflow-wrap', 'word-break', 'hyphens', 'text-rendering', 'writing-mode',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
] as const;

/**
 * The mirror is drawn in chunks of about this many characters, each ending at a line break: a keystroke
 * lays out its own chunk again, not the whole draft.
 */
const CHUNK_CHARS = 1_000;

/** A run of whole lines of the field's text, drawn as one block: chunks that did not change are not laid out again. */
interface Chunk {
  div: HTMLDivElement;
  text: string;
  /** The underlined parts, as "start-end:severity:finding" (a chunk is drawn again only when they change). */
  key: string;
  marks: Mark[];
  /** The plain text before, between and after the underlined parts (a keystroke there changes only its node). */
  gaps: Text[];
  spans: [Finding, HTMLSpanElement][];
}

interface Mark {
  start: number;
  end: number;
  finding: Finding;
}

export class FieldOverlay {
  private readonly box: HTMLDivElement;
  private readonly mirror: HTMLDivElement;
  private chunks: Chunk[] = [];
  /** The offset in the text where each chunk starts (the line break between two chunks is in neither). */
  private starts: number[] = [];
  /** The drawn spans of each finding (more than one when its text crosses a line break). */
  private spans = new Map<Finding, HTMLSpanElement[]>();
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

  /**
   * Draws the text with these findings underlined. Only chunks whose text or underlines changed are
   * replaced.
   */
  render(text: string, findings: readonly Finding[]): void {
    const texts = splitChunks(text);
    const marks = marksByChunk(texts, findings);
    const keys = marks.map(keyOf);
    const old = this.chunks;
    const same = (o: Chunk, i: number) => o.text === texts[i] && o.key === keys[i];
    let prefix = 0;
    while (prefix < old.length && prefix < texts.length && same(old[prefix]!, prefix)) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < texts.length - prefix && same(old[old.length - 1 - suffix]!, texts.length - 1 - suffix)) suffix++;
    const fresh: Chunk[] = [];
    for (let i = prefix; i < texts.length - suffix; i++) fresh.push(this.drawChunk(texts[i]!, keys[i]!, marks[i]!));
    for (const chunk of old.slice(prefix, old.length - suffix)) chunk.div.remove();
    const before = old[old.length - suffix]?.div ?? null;
    this.mirror.insertBefore(fragmentOf(this.field.ownerDocument, fresh), before);
    this.chunks = [...old.slice(0, prefix), ...fresh, ...old.slice(old.length - suffix)];
    this.starts = [];
    let at = 0;
    for (const chunk of texts) {
      this.starts.push(at);
      at += chunk.length + 1;
    }
    this.indexSpans();
  }

  /**
   * Applies a keystroke within one chunk: that chunk alone is drawn again, and nothing of the whole text
   * is split or compared. False when the edit crosses chunks (then render()).
   */
  applyEdit(edit: TextEdit, text: string, findings: readonly Finding[]): boolean {
    const index = this.chunkAt(edit.start);
    const chunk = this.chunks[index];
    if (!chunk) return false;
    const chunkStart = this.starts[index]!;
    const offset = edit.start - chunkStart;
    if (offset + edit.removed > chunk.text.length) return false;
    const chunkText = chunk.text.slice(0, offset) + text.slice(edit.start, edit.start + edit.inserted) + chunk.text.slice(offset + edit.removed);
    const marks = marksByChunk([chunkText], findings, chunkStart)[0]!;
    const key = keyOf(marks);
    if (!this.editInPlace(chunk, offset, edit, chunkText, marks, key) && (key !== chunk.key || chunkText !== chunk.text)) {
      const fresh = this.drawChunk(chunkText, key, marks);
      chunk.div.replaceWith(fresh.div);
      this.chunks[index] = fresh;
    }
    const delta = edit.inserted - edit.removed;
    for (let i = index + 1; i < this.starts.length; i++) this.starts[i]! += delta;
    this.indexSpans();
    return true;
  }

  /**
   * When the edit is in plain text and the same findings keep their lengths, only one text node of the
   * chunk changes: the browser lays the chunk out again reusing what it shaped before.
   */
  private editInPlace(chunk: Chunk, offset: number, edit: TextEdit, text: string, marks: Mark[], key: string): boolean {
    const sameShape = marks.length === chunk.marks.length && marks.every((m, i) => {
      const old = chunk.marks[i]!;
      return m.finding === old.finding && m.end - m.start === old.end - old.start;
    });
    if (!sameShape || endsOpen(text) !== endsOpen(chunk.text)) return false;
    let gapStart = 0;
    for (let i = 0; i <= chunk.marks.length; i++) {
      const gapEnd = chunk.marks[i]?.start ?? chunk.text.length;
      if (gapStart <= offset && offset + edit.removed <= gapEnd) {
        chunk.gaps[i]!.replaceData(offset - gapStart, edit.removed, text.slice(offset, offset + edit.inserted));
        Object.assign(chunk, { text, marks, key });
        return true;
      }
      gapStart = chunk.marks[i]?.end ?? gapStart;
    }
    return false;
  }

  /** The chunk an offset is in (the last one starting at or before it). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private indexSpans(): void {
    this.spans = new Map();
    for (const chunk of this.chunks) {
      for (const [finding, span] of chunk.spans) this.spans.set(finding, [...(this.spans.get(finding) ?? []), span]);
    }
  }

  private drawChunk(text: string, key: string, marks: readonly Mark[]): Chunk {
    const doc = this.field.ownerDocument;
    const div = doc.createElement('div');
    const spans: Chunk['spans'] = [];
    const gaps: Text[] = [];
    let at = 0;
    for (const mark of marks) {
      gaps.push(doc.createTextNode(text.slice(at, mark.start)));
      div.append(gaps[gaps.length - 1]!);
      const span = doc.createElement('span');
      span.className = `sev-${mark.finding.severity}`;
      span.textContent = text.slice(mark.start, mark.end);
      spans.push([mark.finding, span]);
      div.append(span);
      at = mark.end;
    }
    gaps.push(doc.createTextNode(text.slice(at)));
    div.append(gaps[gaps.length - 1]!);
    // A block ending in an empty line would drop it: in the field it still takes a line's height.
    if (endsOpen(text)) div.append('\u200b');
    return { div, text, key, marks: [...marks], gaps, spans };
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
  anchorOf(finding: Finding): () => DOMRect {
    return () => this.spans.get(finding)?.[0]?.getBoundingClientRect() ?? this.field.getBoundingClientRect();
  }

  private findingAt(x: number, y: number): ReturnType<HitTest> {
    if (this.box.hidden) return null;
    const clip = this.box.getBoundingClientRect();
    if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) return null;
    for (const [finding, spans] of this.spans) {
      for (const span of spans) {
        for (const r of span.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { finding, anchor: this.anchorOf(finding) };
        }
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

/** A number per finding object: a chunk drawn for an earlier finding is drawn again for a new one. */
const ids = new WeakMap<Finding, number>();
let lastId = 0;
function idOf(finding: Finding): number {
  let id = ids.get(finding);
  if (id === undefined) ids.set(finding, (id = ++lastId));
  return id;
}

/** Whether the text ends in an empty line (drawn with a zero-width space to keep its height). */
const endsOpen = (text: string) => text === '' || text.endsWith('\n');

function fragmentOf(doc: Document, chunks: readonly Chunk[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const chunk of chunks) fragment.append(chunk.div);
  return fragment;
}

/**
 * The text cut into chunks at the first line break after every CHUNK_CHARS characters. Cuts depend only
 * on the text from a chunk's start, so an edit leaves the chunks before it, and usually after it, as they were.
 */
function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; ;) {
    const cut = text.indexOf('\n', start + CHUNK_CHARS);
    if (cut < 0) {
      chunks.push(text.slice(start));
      return chunks;
    }
    chunks.push(text.slice(start, cut));
    start = cut + 1;
  }
}

const keyOf = (marks: readonly Mark[]) => marks.map((m) => `${m.start}-${m.end}:${m.finding.severity}:${idOf(m.finding)}`).join(',');

/** Each chunk's underlined parts, in offsets of the chunk (findings are sorted by position; the first chunk starts at `from`). */
function marksByChunk(texts: readonly string[], findings: readonly Finding[], from = 0): Mark[][] {
  const out: Mark[][] = texts.map(() => []);
  let chunkStart = from;
  let next = 0;
  for (let i = 0; i < texts.length; i++) {
    const chunkEnd = chunkStart + texts[i]!.length;
    while (next < findings.length && findings[next]!.match.end <= chunkStart) next++;
    for (let f = next; f < findings.length && findings[f]!.match.start < chunkEnd; f++) {
      const { start, end } = findings[f]!.match;
      out[i]!.push({ start: Math.max(start, chunkStart) - chunkStart, end: Math.min(end, chunkEnd) - chunkStart, finding: findings[f]! });
    }
    chunkStart = chunkEnd + 1;
  }
  return out;
}
