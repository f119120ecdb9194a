/**
 * Typing into a 50,000-character draft in real Chromium with the built extension: main-thread time per
 * keystroke (the DevTools protocol's TaskDuration, which includes style and layout of the overlay), side
 * by side with the same page where WRO Lens does not run. Also the check at each pause and the first
 * check when the field is focused, from the content script's own marks.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium';
import { CF } from '../test/e2e/fixtures';
import { procurementText } from './procurement-text';
import { median } from './timing';

const DRAFT_CHARS = 50_000;
/** Not a portal: the content script does not run there (the baseline). */
const PLAIN = 'https://drafts.example.org';

export interface DraftFigures {
  target: 'textarea' | 'contenteditable';
  chars: number;
  keystrokes: number;
  /** Main-thread time per keystroke with WRO Lens, and on the same page without it. */
  withMs: number;
  withoutMs: number;
  /** What WRO Lens adds per keystroke (with − without). */
  addedMs: number;
  ratio: number;
  /** WRO Lens's own input handler per keystroke (its script only; `addedMs` also counts the overlay's layout). */
  handlerMs: number;
  /** The check after a pause: the window around the edit. */
  pauseCheckMs: number;
  /** The first check of the whole draft when the field is focused. */
  firstCheckMs: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function draftPage(text: string): string {
  const escaped = escapeHtml(text);
  const paragraphs = text.split('\n\n').map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Draft</title>
<style>body{font:15px/1.5 sans-serif;margin:16px} textarea,#editor{width:900px;height:400px;font:15px/1.5 sans-serif;padding:6px;border:1px solid #888;overflow:auto;display:block;margin-bottom:16px}</style></head>
<body><textarea id="draft">${escaped}</textarea><div id="editor" contenteditable="true">${paragraphs}</div></body></html>`;
}

/** Focuses the target and puts the caret in the middle of its text, before half of its findings. */
async function focusMiddle(page: Page, target: DraftFigures['target']): Promise<void> {
  if (target === 'textarea') {
    await page.click('#draft');
    await page.evaluate(() => {
      const field = document.querySelector('#draft') as HTMLTextAreaElement;
      const middle = field.value.indexOf(' ', field.value.length >> 1);
      field.setSelectionRange(middle, middle);
    });
    return;
  }
  await page.click('#editor');
  await page.evaluate(() => {
    const editor = document.querySelector('#editor')!;
    const p = editor.children[editor.children.length >> 1]!;
    getSelection()!.collapse(p.firstChild, 0);
  });
}

async function taskSeconds(page: Page, type: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  const before = await read();
  await type();
  const after = await read();
  await cdp.detach();
  return after - before;
}

async function measure(page: Page, url: string, target: DraftFigures['target'], keystrokes: number, checked: boolean) {
  await page.goto(url);
  if (checked) await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
  await focusMiddle(page, target);
  const mark = target === 'textarea' ? 'wro-lens:draft-check' : 'wro-lens:draft-check-busy';
  if (checked) await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
  // Both sides start typing once the page is idle (the first check's paint and report are not keystrokes).
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  const text = 'Award to Acme Ltd. '.repeat(Math.ceil(keystrokes / 19)).slice(0, keystrokes);
  const seconds = await taskSeconds(page, () => page.keyboard.type(text));
  if (!checked) return { ms: (seconds * 1000) / keystrokes, pauseMs: 0, firstMs: 0, handlerMs: 0 };
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 1, mark);
  const [first, pause] = await page.evaluate((m) => performance.getEntriesByName(m).map((e) => e.duration), mark);
  const handlers = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('wro-lens:draft-typing:'))
    .reduce((sum, e) => ({ ms: sum.ms + e.duration, n: sum.n + Number(e.name.split(':').pop()) }), { ms: 0, n: 0 }));
  return { ms: (seconds * 1000) / keystrokes, pauseMs: pause!, firstMs: first!, handlerMs: handlers.ms / Math.max(1, handlers.n) };
}

export async function draftingBench(keystrokes: number, rounds: number): Promise<DraftFigures[]> {
  const text = procurementText(DRAFT_CHARS, 7, 20).slice(0, DRAFT_CHARS);
  const html = draftPage(text);
  const session = await launchChromium(new Map([[`${CF}/bench/draft`, html], [`${PLAIN}/draft`, html]]));
  try {
    const page = await session.context.newPage();
    const figures: DraftFigures[] = [];
    for (const target of ['textarea', 'contenteditable'] as const) {
      const withRuns: number[] = [];
      const withoutRuns: number[] = [];
      const pauses: number[] = [];
      const firsts: number[] = [];
      const handlers: number[] = [];
      // Alternating, so both sides see the same machine state.
      for (let r = 0; r < rounds; r++) {
        const on = await measure(page, `${CF}/bench/draft`, target, keystrokes, true);
        withRuns.push(on.ms);
        pauses.push(on.pauseMs);
        firsts.push(on.firstMs);
        handlers.push(on.handlerMs);
        withoutRuns.push((await measure(page, `${PLAIN}/draft`, target, keystrokes, false)).ms);
      }
      const withMs = median(withRuns);
      const withoutMs = median(withoutRuns);
      figures.push({ target, chars: text.length, keystrokes, withMs, withoutMs, addedMs: withMs - withoutMs, ratio: withMs / withoutMs, handlerMs: median(handlers), pauseCheckMs: median(pauses), firstCheckMs: median(firsts) });
    }
    return figures;
  } finally {
    await session.close();
  }
}
