/**
 * Collects a page's visible text into segments the matcher can scan, remembering which text node each
 * character came from, so a match's offsets map back to DOM ranges without touching the page.
 *
 * Text of one block element is joined as the reader sees it: "<strong>Super</strong>max" reads
 * "Supermax", a <br> is a line break (names may cross it), and a new block (a cell, a paragraph, a list
 * item) starts after a blank line, which no name crosses.
 */

// Lower-case local names: `localName` needs no allocation, unlike `tagName.toUpperCase()`.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'frame',
  'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title',
]);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'th',
  'thead', 'td', 'tr', 'ul', 'button', 'label', 'optgroup',
]);
/** Built-in elements that may host a shadow root (custom elements may too); others are not asked. */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
  'nav', 'p', 'section', 'span',
]);

/** A segment is cut at the first block boundary after this many characters: small enough to scan between yields. */
const SEGMENT_CHARS = 4_096;

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

function isSkipped(el: Element, name: string, exclude: ReadonlySet<Element>): boolean {
  if (SKIPPED.has(name) || exclude.has(el)) return true;
  // Most elements carry no attributes: one cheap check spares two lookups for them.
  if (!el.hasAttributes()) return false;
  // Editors are the drafting feature's: their text is the user's, checked as they type.
  const editable = el.getAttribute('contenteditable');
  return el.hasAttribute('hidden') || (editable !== null && editable !== 'false');
}

/** The nearest block-level ancestor (or the root), which decides whether two text nodes join. */
function blockOf(node: Node, root: Node, cache: Map<Node, Node>): Node {
  const parent = node.parentNode;
  if (!parent || parent === root) return root;
  // A block parent (a cell, a paragraph) answers at once; only inline parents are remembered, which
  // keeps the cache small on pages of many thousands of cells.
  if (parent.nodeType === Node.ELEMENT_NODE && BLOCKS.has((parent as Element).localName)) return parent;
  const cached = cache.get(parent);
  if (cached) return cached;
  const block = blockOf(parent, root, cache);
  cache.set(parent, block);
  return block;
}

/**
 * Walks `root` and yields text segments one at a time, so the caller can scan and yield to the page
 * between segments. Text inside skipped elements is left out; open shadow roots are reported.
 */
export function* collectText(root: Node, options: CollectOptions): Generator<TextSegment> {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: calling into script for every node was the walk's main cost. Skipped
  // elements are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const blocks = new Map<Node, Node>();
  let parts: string[] = [];
  let length = 0;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (isSkipped(el, name, options.exclude)) {
        node = nextOutside(walker);
        continue;
      }
      if (options.onShadowRoot && (SHADOW_HOSTS.has(name) || name.includes('-')) && el.shadowRoot) options.onShadowRoot(el.shadowRoot);
      if (name === 'br') pendingBreak = true;
      node = walker.nextNode();
      continue;
    }
    const data = (node as Text).data;
    if (data) {
      const block = blockOf(node, root, blocks);
      if (block !== lastBlock && lastBlock !== null) {
        if (length >= SEGMENT_CHARS) {
          yield { text: parts.join(''), nodes, starts };
          parts = [];
          length = 0;
          nodes = [];
          starts = [];
        } else {
          parts.push('\n\n');
          length += 2;
        }
      } else if (pendingBreak && length) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
      lastBlock = block;
      starts.push(length);
      nodes.push(node as Text);
      parts.push(data);
      length += data.length;
    }
    node = walker.nextNode();
  }
  if (nodes.length) yield { text: parts.join(''), nodes, starts };
}

/** Moves the walker past the current node's subtree; returns the next node, or null at the end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
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
