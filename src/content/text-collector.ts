/**
 * Collects a page's visible text into segments the matcher can scan, remembering which text node each
 * character came from, so a match's offsets map back to DOM ranges without touching the page.
 *
 * Text of one block element is joined as the reader sees it: "<strong>Super</strong>max" reads
 * "Supermax", a <br> is a line break (names may cross it), and a new block (a cell, a paragraph, a list
 * item) starts after a blank line, which no name crosses.
 */

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'IFRAME', 'FRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL', 'OPTGROUP',
]);

/** A segment is cut at the first block boundary after this many characters: small enough to scan between yields. */
export const SEGMENT_CHARS = 16_384;

export interface TextSegment {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

/** Where text is collected from, and what to leave out. */
export interface CollectOptions {
  /** Elements never read (the extension's own UI). */
  exclude: ReadonlySet<Element>;
  /** Called with each open shadow root met, so it is scanned and observed too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

function isSkipped(el: Element, exclude: ReadonlySet<Element>): boolean {
  // Editors are the drafting feature's: their text is the user's, checked as they type.
  const editable = el.getAttribute('contenteditable');
  return SKIPPED.has(el.tagName.toUpperCase()) || exclude.has(el) || el.hasAttribute('hidden') || (editable !== null && editable !== 'false');
}

/** The nearest block-level ancestor (or the root), which decides whether two text nodes join. */
function blockOf(node: Node, root: Node, cache: Map<Node, Node>): Node {
  const parent = node.parentNode;
  if (!parent || parent === root) return root;
  const cached = cache.get(parent);
  if (cached) return cached;
  const block = parent.nodeType === Node.ELEMENT_NODE && BLOCKS.has((parent as Element).tagName.toUpperCase()) ? parent : blockOf(parent, root, cache);
  cache.set(parent, block);
  return block;
}

/**
 * Walks `root` and yields text segments one at a time, so the caller can scan and yield to the page
 * between segments. Text inside skipped elements is left out; open shadow roots are reported.
 */
export function* collectText(root: Node, options: CollectOptions): Generator<TextSegment> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isSkipped(el, options.exclude)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot && options.onShadowRoot) options.onShadowRoot(el.shadowRoot);
      return el.tagName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const blocks = new Map<Node, Node>();
  let text = '';
  let nodes: Text[] = [];
  let starts: number[] = [];
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      pendingBreak = true; // <br>
      continue;
    }
    const data = (node as Text).data;
    if (!data) continue;
    const block = blockOf(node, root, blocks);
    if (block !== lastBlock && lastBlock !== null) {
      if (text.length >= SEGMENT_CHARS) {
        yield { text, nodes, starts };
        text = '';
        nodes = [];
        starts = [];
      } else {
        text += '\n\n';
      }
    } else if (pendingBreak && text) {
      text += '\n';
    }
    pendingBreak = false;
    lastBlock = block;
    starts.push(text.length);
    nodes.push(node as Text);
    text += data;
  }
  if (nodes.length) yield { text, nodes, starts };
}

/** The node and offset in it of a segment offset: the last node starting at or before it. */
export function locate(segment: TextSegment, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = segment;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset equal to a node's start belongs to the node before it.
    if (isEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}
