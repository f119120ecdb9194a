/**
 * Inline warnings in real Firefox ESR with the built extension. (The toolbar badge is covered in
 * Chromium: WebDriver BiDi gives no way into Firefox's extension pages to read it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './firefox';
import { CF, FTS, SAM, TED, fixtureSite } from './fixtures';
import { expectHighlightCount, HIGHLIGHT_NAMES, highlightCountInPage, highlightTextsInPage } from './highlights';

let session: FirefoxSession;
let page: Page;

const highlights = (p: Page = page) => p.evaluate(highlightTextsInPage, HIGHLIGHT_NAMES);
const waitForCount = (n: number, p: Page = page) => expectHighlightCount(() => p.evaluate(highlightCountInPage, HIGHLIGHT_NAMES), n);

beforeAll(async () => {
  session = await launchFirefox(fixtureSite());
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('Firefox: real award pages with no listed supplier', () => {
  it.each([`${CF}/Notice/05c544dc-award`, `${FTS}/Notice/008624-2023`])('%s: no findings', async (url) => {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
    expect(Object.values(await highlights()).flat()).toEqual([]);
  });
});

describe('Firefox: a Contracts Finder award notice', () => {
  it('highlights each listed supplier by severity', async () => {
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForCount(6);
    expect(await highlights()).toEqual({
      'wro-lens-active': [],
      'wro-lens-possible': ['Hefei Bitland'],
      'wro-lens-region': ['Xinjiang'],
      'wro-lens-lifted': ['Supermax CorporationBerhad', 'Supermax Healthcare Limited', 'Supermx Corporation Bhd', 'Top Glove Corporation Bhd'],
    });
  });

  it('opens the card below the finding from the keyboard, and closes it with Escape', async () => {
    // The card lives in a closed shadow root: hit-testing the point just below the finding shows
    // whether the extension's layer (its host element) is painted there.
    const below = await page.evaluate(() => {
      const h = [...document.querySelectorAll('h4')].find((e) => e.textContent === 'Supermax Healthcare Limited')!;
      const r = h.getBoundingClientRect();
      return { x: r.left + 40, y: r.bottom + 40 };
    });
    const hostAt = () => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, below);
    expect(await hostAt()).not.toBe('WRO-LENS-UI');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'WRO-LENS-UI'; i++) await page.keyboard.press('Tab');
    await expect.poll(hostAt).toBe('WRO-LENS-UI');
    await page.keyboard.press('Escape');
    await expect.poll(hostAt).not.toBe('WRO-LENS-UI');
  });
});

describe('Firefox: a TED notice', () => {
  it('highlights the active orders, the Chinese name and the region', async () => {
    await page.goto(`${TED}/en/notice/-/detail/123456-2026`);
    await waitForCount(5);
    expect(await highlights()).toEqual({
      'wro-lens-active': ['Hoshine Silicon Industry (Shanshan) Co., Ltd', '合盛硅业股份有限公司'],
      'wro-lens-possible': [],
      'wro-lens-region': ['Shanshan', 'Turpan', 'Xinjiang'],
      'wro-lens-lifted': [],
    });
  });
});

describe('Firefox: a SAM.gov-like single-page app', () => {
  it('finds names rendered late, and follows in-place navigation', async () => {
    await page.goto(`${SAM}/search`);
    await waitForCount(1);
    expect((await highlights())['wro-lens-active']).toEqual(['Hefei Bitland Information Technology Co., Ltd']);
    await page.click('#next');
    await expect.poll(async () => (await highlights())['wro-lens-active']).toEqual(['Xinjiang Production and Construction Corps']);
  });
});

describe('Firefox: a page with a same-origin iframe and a shadow root', () => {
  it('checks the frame and the open shadow root', async () => {
    await page.goto(`${CF}/frames`);
    await waitForCount(2);
    expect((await highlights())['wro-lens-lifted']).toEqual(['Brightway Holdings Sdn Bhd', 'Smart Glove Corporation Sdn Bhd']);
    const child = page.frames().find((f) => f.url().endsWith('/frames-child.html'))!;
    await expect.poll(() => child.evaluate(() => CSS.highlights.get('wro-lens-lifted')?.size ?? 0)).toBe(1);
  });
});

describe('Firefox: privacy', () => {
  it('made no network request while checking the pages above', async () => {
    session.strayRequests.length = 0;
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForCount(6);
    expect(session.strayRequests).toEqual([]);
  });
});
