/** Reading WRO Lens's highlights from a page: the page's CSS.highlights registry is shared with the content script. */

export const HIGHLIGHT_NAMES = ['wro-lens-active', 'wro-lens-possible', 'wro-lens-region', 'wro-lens-lifted'] as const;

/** Runs in the page: the texts of each wro-lens highlight, sorted. */
export function highlightTextsInPage(names: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of names) {
    out[name] = [...(CSS.highlights.get(name) ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }).sort();
  }
  return out;
}

/** Runs in the page: how many ranges the wro-lens highlights hold in all. */
export function highlightCountInPage(names: readonly string[]): number {
  let total = 0;
  for (const name of names) total += CSS.highlights.get(name)?.size ?? 0;
  return total;
}

/** Waits (polling a condition, never sleeping a fixed time) until `count()` reports `expected` highlighted ranges. */
export async function expectHighlightCount(count: () => Promise<number>, expected: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await count();
  while (last !== expected) {
    if (Date.now() > deadline) throw new Error(`expected ${expected} highlighted ranges, still ${last} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await count();
  }
}
