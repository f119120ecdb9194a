/** Incremental checking of a draft: edits as offsets, and rescans of only the window around an edit. */
import { describe, expect, it } from 'vitest';
import { diffTexts, mapSpan, rescanAround, scanWindow, CONTEXT_CHARS } from '../../src/core/drafting';
import { scanText, type Match } from '../../src/core/matcher';
import { index } from '../helpers';

const summary = (text: string, matches: readonly Match[]) => matches.map((m) => `${m.entryId}:${m.tier}:${text.slice(m.start, m.end)}`);

/** Replays an edit the way the extension does: move the earlier matches, then rescan around the edit. */
function afterEdit(before: string, after: string, matches: Match[]): Match[] {
  const edit = diffTexts(before, after)!;
  const moved = matches.flatMap((m) => {
    const span = mapSpan(m, edit);
    return span ? [{ ...m, ...span }] : [];
  });
  return rescanAround(index, after, moved, { start: edit.start, end: edit.start + edit.inserted });
}

describe('diffTexts', () => {
  it('finds typing, deleting and replacing as one edit', () => {
    expect(diffTexts('abc', 'abc')).toBeNull();
    expect(diffTexts('abd', 'abcd')).toEqual({ start: 2, removed: 0, inserted: 1 });
    expect(diffTexts('abcd', 'ad')).toEqual({ start: 1, removed: 2, inserted: 0 });
    expect(diffTexts('a lot here', 'a word here')).toEqual({ start: 2, removed: 3, inserted: 4 });
    // A repeated character: the edit is placed after the common prefix.
    expect(diffTexts('aa', 'aaa')).toEqual({ start: 2, removed: 0, inserted: 1 });
    // Long texts are compared a block at a time: the edit is found exactly, near block edges too.
    const long = Array.from({ length: 2500 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    for (const at of [0, 255, 256, 257, 1000, 2499]) {
      expect(diffTexts(long, long.slice(0, at) + 'Q' + long.slice(at + 1))).toEqual({ start: at, removed: 1, inserted: 1 });
    }
    expect(diffTexts(long, long.slice(0, 700) + long.slice(900))).toEqual({ start: 700, removed: 200, inserted: 0 });
  });
});

describe('mapSpan', () => {
  const span = { start: 10, end: 20 };
  it('moves a span with text typed before it and keeps it for text typed after it', () => {
    expect(mapSpan(span, { start: 2, removed: 0, inserted: 3 })).toEqual({ start: 13, end: 23 });
    expect(mapSpan(span, { start: 20, removed: 0, inserted: 3 })).toEqual(span);
    expect(mapSpan(span, { start: 10, removed: 0, inserted: 3 })).toEqual({ start: 13, end: 23 });
  });
  it('grows or shrinks with an edit inside it, and is gone when its text is', () => {
    expect(mapSpan(span, { start: 15, removed: 1, inserted: 4 })).toEqual({ start: 10, end: 23 });
    expect(mapSpan(span, { start: 5, removed: 10, inserted: 0 })).toEqual({ start: 5, end: 10 });
    expect(mapSpan(span, { start: 8, removed: 14, inserted: 2 })).toBeNull();
  });
});

describe('scanWindow', () => {
  it('takes the context on both sides, cut at whitespace', () => {
    const text = `${'word '.repeat(200)}Supermax${' word'.repeat(200)}`;
    const at = text.indexOf('Supermax');
    const w = scanWindow(text, { start: at, end: at + 8 });
    expect(w.start).toBeGreaterThanOrEqual(at - CONTEXT_CHARS);
    expect(w.end).toBeLessThanOrEqual(at + 8 + CONTEXT_CHARS);
    expect(text[w.start - 1]).toBe(' ');
    expect(text[w.end]).toBe(' ');
  });
});

describe('rescanAround', () => {
  const filler = 'Aluminium profiles for lot 3, delivered monthly to the depot. '.repeat(800);

  it('finds a name as it is typed into a long draft, as a full scan would', () => {
    const before = `${filler}Our supplier is Hoshine Silicon Industry Co`;
    const after = `${before}., Ltd. for silicon metal.\n\n${filler}`;
    const first = scanText(index, before);
    const incremental = afterEdit(before, after, first);
    expect(summary(after, incremental)).toEqual(summary(after, scanText(index, after)));
    expect(summary(after, incremental)).toContain('hoshine:exact:Hoshine Silicon Industry Co., Ltd');
  });

  it('drops a name when it is deleted or changed, and keeps findings away from the edit', () => {
    const text = `Supermax Corporation Berhad supplies gloves.\n\n${filler}\n\nHoshine Silicon Industry Co., Ltd supplies silicon.`;
    const all = scanText(index, text);
    expect(summary(text, all)).toEqual(['supermax:exact:Supermax Corporation Berhad', 'hoshine:exact:Hoshine Silicon Industry Co., Ltd']);
    const changed = text.replace('Hoshine Silicon', 'Hoshing Solar');
    const after = afterEdit(text, changed, all);
    expect(summary(changed, after)).toEqual(['supermax:exact:Supermax Corporation Berhad']);
    // The kept finding is the same match, not a rescan of its far-away paragraph.
    expect(after[0]).toEqual(all[0]);
  });

  it('follows a name whose following word changes it (a sister company is not the listed one)', () => {
    const text = 'Award to Sime Darby Plantation Berhad.';
    const changed = 'Award to Sime Darby Property Berhad.';
    expect(summary(changed, afterEdit(text, changed, scanText(index, text)))).toEqual(summary(changed, scanText(index, changed)));
  });
});
