/**
 * Finds listed names in a text being drafted, again after each pause in typing, by scanning only a
 * window around what changed: a 50,000-character draft costs about what its edited paragraph costs.
 * Findings away from the edit are kept as they were (their offsets moved with the text).
 */
import { scanText, type Match, type MatcherIndex } from '../matcher';
import type { Span } from './text-edit';

/**
 * Context scanned on each side of an edit. Longer than any listed name with its legal form, so every
 * name that includes an edited character lies wholly inside the window, with the words after it that
 * the matcher reads (a conflicting word rejects a name).
 */
export const CONTEXT_CHARS = 256;

/** The window scanned for an edit: the edit and its context, cut at whitespace so no word is split. */
export function scanWindow(text: string, dirty: Span): Span {
  let start = Math.max(0, dirty.start - CONTEXT_CHARS);
  if (start > 0) {
    const space = text.slice(start, dirty.start).search(/\s/);
    start = space < 0 ? start : start + space + 1;
  }
  let end = Math.min(text.length, dirty.end + CONTEXT_CHARS);
  if (end < text.length) {
    const tail = text.slice(dirty.end, end);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'), tail.lastIndexOf('\t'));
    end = space < 0 ? end : dirty.end + space;
  }
  return { start, end };
}

const touches = (m: Span, span: Span) => m.start <= span.end && m.end >= span.start;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The matches of `text` after an edit: `matches` are the earlier ones with offsets already moved to the
 * new text, `dirty` is what was edited since. Matches touching the edit are found afresh; others kept.
 * Sorted by position, like scanText's.
 */
export function rescanAround(index: MatcherIndex, text: string, matches: readonly Match[], dirty: Span): Match[] {
  const window = scanWindow(text, dirty);
  const found = scanText(index, text.slice(window.start, window.end))
    .map((m) => ({ ...m, start: m.start + window.start, end: m.end + window.start }))
    .filter((m) => touches(m, dirty));
  const kept = matches.filter((m) => !touches(m, dirty) && !found.some((f) => overlaps(f, m)));
  return [...kept, ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}
