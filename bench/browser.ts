/**
 * In-browser figures with the built extension in real Chromium: a full scan and highlight of supplier
 * tables as a ratio to a bare TreeWalker pass over the same page, the longest main-thread task, time to
 * the first highlights, and the cost of following 100 rows added to a scanned page. The content script
 * puts its own timings on the page's performance timeline (wro-lens:scan, wro-lens:update).
 */
import { launchChromium, waitForHighlightCount, type ChromiumSession } from '../test/e2e/chromium';
import { CF, listedInTable, supplierTable, supplierTablePage } from '../test/e2e/fixtures';

export interface TableFigures {
  rows: number;
  /** A bare TreeWalker pass over the same page: first run (node wrappers created, as in a real first scan). */
  treeWalkerMs: number;
  /** The same pass again (wrappers exist). */
  treeWalkerWarmMs: number;
  /** Main-thread time WRO Lens used for the full scan and highlight. */
  scanMs: number;
  /** Wall time from start to end of that scan, including the page's own work between slices. */
  scanElapsedMs: number;
  ratio: number;
  /** The longest task seen on the page, the page's own loading included. */
  longestTaskMs: number;
  /** WRO Lens's longest uninterrupted slice of scanning. */
  longestSliceMs: number;
  /** Building the matcher's index when the content script starts (elapsed, in steps that yield to the page). */
  buildIndexMs: number;
  firstHighlightMs: number;
  add100RowsMs: number;
}

const url = (rows: number) => `${CF}/bench/table-${rows}`;

async function measureTable(session: ChromiumSession, rows: number): Promise<TableFigures> {
  const page = await session.context.newPage();
  // Long tasks are collected from the start of the page's life.
  await page.addInitScript(() => {
    const w = window as unknown as { __longestTask: number };
    w.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longestTask = Math.max(w.__longestTask, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url(rows));
  await waitForHighlightCount(page, listedInTable(rows));
  await page.waitForFunction(() => performance.getEntriesByName('wro-lens:scan-busy').length > 0);
  const scan = await page.evaluate(() => {
    const m = performance.getEntriesByName('wro-lens:scan')[0]!;
    const busy = performance.getEntriesByName('wro-lens:scan-busy')[0]!;
    return { ms: busy.duration, elapsed: m.duration, end: m.startTime + m.duration };
  });
  // The bare pass that reads every text node once. Its first run pays, like the extension's scan does,
  // for creating the script wrappers of every node; later runs reuse them.
  const walk = await page.evaluate(() => {
    const runs: number[] = [];
    // The characters read are returned, so the engine cannot skip the reads.
    let chars = 0;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      runs.push(performance.now() - t0);
    }
    return { first: runs[0]!, warm: runs.slice(1).sort((a, b) => a - b)[1]!, chars };
  });
  const treeWalkerMs = walk.first;
  const before = await page.evaluate(() => performance.getEntriesByName('wro-lens:update-busy').length);
  await page.evaluate((html) => document.querySelector('tbody')!.insertAdjacentHTML('beforeend', html), supplierTable(100, rows + 50));
  await waitForHighlightCount(page, listedInTable(rows) + listedInTable(100, rows + 50));
  await page.waitForFunction((n) => performance.getEntriesByName('wro-lens:update-busy').length > n, before);
  const add100RowsMs = await page.evaluate((n) => performance.getEntriesByName('wro-lens:update-busy').slice(n).reduce((sum, e) => sum + e.duration, 0), before);
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longestTask: number }).__longestTask);
  // (No helper functions inside evaluate: the bundler's name helpers do not exist in the page.)
  const own = await page.evaluate(() => ({
    slice: Math.max(...['wro-lens:scan-longest-slice', 'wro-lens:update-longest-slice'].flatMap((n) => performance.getEntriesByName(n).map((e) => e.duration))),
    index: Math.max(...performance.getEntriesByName('wro-lens:build-index').map((e) => e.duration)),
  }));
  await page.close();
  return { rows, treeWalkerMs, treeWalkerWarmMs: walk.warm, scanMs: scan.ms, scanElapsedMs: scan.elapsed, ratio: scan.ms / treeWalkerMs, longestTaskMs, longestSliceMs: own.slice, buildIndexMs: own.index, firstHighlightMs: scan.end, add100RowsMs };
}

/** Milliseconds from the popup's navigation to its first render, median of `runs` openings. */
async function measurePopup(session: ChromiumSession, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('wro-lens:popup-ready').length > 0);
    times.push(await popup.evaluate(() => performance.getEntriesByName('wro-lens:popup-ready')[0]!.duration));
    await popup.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export interface BrowserFigures {
  tables: TableFigures[];
  popupReadyMs: number;
}

export async function browserBench(sizes: readonly number[]): Promise<BrowserFigures> {
  const site = new Map(sizes.map((rows) => [url(rows), supplierTablePage(rows)]));
  const session = await launchChromium(site);
  try {
    const tables: TableFigures[] = [];
    for (const rows of sizes) tables.push(await measureTable(session, rows));
    return { tables, popupReadyMs: await measurePopup(session, 5) };
  } finally {
    await session.close();
  }
}
