/**
 * Warnings while drafting, as the user sees them, for both browsers: the same scenarios run in Chromium
 * (Playwright) and Firefox (Puppeteer) through this small driver. Field underlines live in a closed
 * shadow root and a field's text has no DOM ranges, so they are read from screenshots; the badge is
 * found by hit-testing the field's corner; editors' highlights are read from the page's registry.
 */
import { expect } from 'vitest';
import { boxOf, decodePng, isInk, isWarningRed, type Box } from './pixels';
import { HIGHLIGHT_NAMES, highlightTextsInPage } from './highlights';

export interface DraftDriver {
  click(selector: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** Types with real key events, one character at a time. */
  type(text: string): Promise<void>;
  /** Presses a key with modifiers held, e.g. ['Control', 'z']. */
  chord(keys: string[]): Promise<void>;
  evaluate<A, T>(fn: (arg: A) => T, arg: A): Promise<T>;
  screenshot(clip: Box): Promise<Uint8Array>;
}

export const LISTED = 'Hoshine Silicon Industry Co., Ltd';

interface Rect { left: number; top: number; right: number; bottom: number }

/** The element's box in the viewport, scrolled into view first (screenshots and hit tests need it on screen). */
export const rectOf = (d: DraftDriver, selector: string) => d.evaluate((s) => {
  const el = document.querySelector(s)!;
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}, selector);

export const valueOf = (d: DraftDriver, selector: string) => d.evaluate((s) => (document.querySelector(s) as HTMLTextAreaElement).value, selector);
export const textOf = (d: DraftDriver, selector: string) => d.evaluate((s) => (document.querySelector(s) as HTMLElement).innerText, selector);

/** Whether WRO Lens's layer (its closed shadow root's host) is what is painted at a point of the viewport. */
export const layerAt = (d: DraftDriver, x: number, y: number) =>
  d.evaluate((p) => document.elementFromPoint(p.x, p.y)?.localName === 'wro-lens-ui', { x, y });

/** Whether WRO Lens's layer is painted just outside the field's top right corner (its badge sits there). */
export async function hasBadge(d: DraftDriver, selector: string): Promise<boolean> {
  const r = await rectOf(d, selector);
  return layerAt(d, r.right + 3, r.top - 3);
}

export interface Underline {
  underline: Box;
  /** The ink of the text on the underlined line, just above the underline. */
  ink: Box | null;
  /** The row most glyphs of that line stand on. */
  baseline: number;
}

/** The warning underline drawn in a field, and the text above it, in page pixels; null when there is none. */
export async function underlineIn(d: DraftDriver, selector: string): Promise<Underline | null> {
  const r: Rect = await rectOf(d, selector);
  // Inside the border, and clear of the badge on the top right corner.
  const clip = { left: Math.ceil(r.left) + 2, top: Math.ceil(r.top) + 10, right: Math.floor(r.right) - 12, bottom: Math.floor(r.bottom) - 2 };
  const img = decodePng(await d.screenshot(clip));
  const red = boxOf(img, isWarningRed);
  if (!red) return null;
  const isText = (r: number, g: number, b: number) => isInk(r, g, b) && !isWarningRed(r, g, b);
  const ink = boxOf(img, isText, red.top - 14, red.top);
  // Per column, the lowest ink row above the underline; the most common one is the baseline.
  const bottoms = new Map<number, number>();
  if (ink) {
    for (let x = ink.left; x < ink.right; x++) {
      for (let y = red.top - 1; y >= red.top - 14; y--) {
        const i = (y * img.width + x) * 4;
        if (isText(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) {
          bottoms.set(y, (bottoms.get(y) ?? 0) + 1);
          break;
        }
      }
    }
  }
  const baseline = [...bottoms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? red.top;
  const shift = (b: Box) => ({ left: b.left + clip.left, right: b.right + clip.left, top: b.top + clip.top, bottom: b.bottom + clip.top });
  return { underline: shift(red), ink: ink && shift(ink), baseline: baseline + clip.top };
}

/** Polls until the field shows an underline (or none). */
export async function waitForUnderline(d: DraftDriver, selector: string, present: boolean): Promise<Underline | null> {
  let found: Underline | null = null;
  await expect.poll(async () => {
    found = await underlineIn(d, selector);
    return found !== null;
  }, { timeout: 10_000, interval: 100 }).toBe(present);
  return found;
}

/** How an underline misses its text: empty when it spans exactly the name's text, just under the glyphs' baseline. */
export function misalignment(u: Underline | null): string[] {
  if (!u) return ['no underline'];
  const { underline, ink, baseline } = u;
  if (!ink) return ['no text above the underline'];
  const errors: string[] = [];
  if (Math.abs(underline.left - ink.left) > 2) errors.push(`left edge: underline ${underline.left}, text ${ink.left}`);
  if (Math.abs(underline.right - ink.right) > 2) errors.push(`right edge: underline ${underline.right}, text ${ink.right}`);
  if (Math.abs(underline.top - (baseline + 1)) > 2) errors.push(`height: underline at ${underline.top}, baseline ${baseline}`);
  return errors;
}

/**
 * Waits until the field's underline lines up with its text within 2 px. (Right after typing, the
 * underline may still cover what was found at an earlier pause; the check after the last pause ends it.)
 */
export async function expectAligned(d: DraftDriver, selector: string): Promise<void> {
  await expect.poll(async () => misalignment(await underlineIn(d, selector)), { timeout: 10_000, interval: 100 }).toEqual([]);
}

/** The texts of each WRO Lens highlight in the page (editors are highlighted like page text). */
export const editorHighlights = (d: DraftDriver) => d.evaluate(highlightTextsInPage, HIGHLIGHT_NAMES);
