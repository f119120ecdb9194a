/**
 * Inline warnings in real Chromium with the built extension: fixture pages at the portals' real URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleText, badgeText, launchChromium, readHighlights, waitForHighlightCount, type ChromiumSession } from './chromium';
import { CF, FTS, SAM, TED, fixtureSite, listedInTable, supplierTable, supplierTablePage } from './fixtures';

let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  session = await launchChromium(fixtureSite({ [`${CF}/framework-suppliers`]: supplierTablePage(10_000) }));
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

/** Waits until the badge shows `text` (the content script reports shortly after it scans). */
async function expectBadge(text: string): Promise<void> {
  await expect.poll(() => badgeText(session.worker), { timeout: 10_000 }).toBe(text);
}

/** The content script has finished its first pass when its marker layer exists. */
async function waitForCheck(p: Page): Promise<void> {
  await p.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
}

describe('real award pages with no listed supplier', () => {
  it.each([`${CF}/Notice/05c544dc-award`, `${FTS}/Notice/008624-2023`])('%s: no findings, empty badge', async (url) => {
    await page.goto(url);
    await waitForCheck(page);
    await expectBadge('');
    const highlights = await readHighlights(page);
    expect(Object.values(highlights).flat()).toEqual([]);
  });
});

describe('a Contracts Finder award notice', () => {
  beforeAll(async () => {
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForHighlightCount(page, 6);
  });

  it('highlights each listed supplier by severity, including a name split across elements and lines', async () => {
    expect(await readHighlights(page)).toEqual({
      'wro-lens-active': [],
      'wro-lens-possible': ['Hefei Bitland'],
      'wro-lens-region': ['Xinjiang'],
      // Supermax and Top Glove orders were lifted: shown, but as lifted.
      'wro-lens-lifted': ['Supermax CorporationBerhad', 'Supermax Healthcare Limited', 'Supermx Corporation Bhd', 'Top Glove Corporation Bhd'],
    });
  });

  it('shows the number of distinct listed entities on the badge', async () => {
    await expectBadge('4');
  });

  it('opens the card from the keyboard with the order\'s details, and closes it with Escape', async () => {
    await tabToFirstMarker(page);
    await expect.poll(() => accessibleText(page)).toContain('WRO Lens: Supermax Corporation Bhd.');
    const text = await accessibleText(page);
    expect(text).toContain('Part of the Supermax group');
    expect(text).toContain('“Supermax Healthcare Limited” as a supplier matches');
    expect(text).toContain('Withhold Release Order (WRO) · Malaysia');
    expect(text).toContain('Lifted on 18 Sep 2023');
    expect(text).toContain('21 Oct 2021: Issued');
    expect(text).toContain('10 of 11');
    expect(text).toContain('cbp.gov');
    expect(text).toContain('24 Nov 2026');
    await page.keyboard.press('Escape');
    await expect.poll(() => accessibleText(page)).not.toContain('WRO Lens: Supermax Corporation Bhd.');
  });

  it('opens the card when the pointer rests on highlighted text, and closes it when the pointer leaves', async () => {
    await page.mouse.click(1100, 5);
    const box = await page.evaluate(() => {
      const h = [...document.querySelectorAll('h4')].find((e) => e.textContent === 'Top Glove Corporation Bhd')!;
      h.scrollIntoView({ block: 'center' });
      const r = h.getBoundingClientRect();
      return { x: r.left + 30, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => accessibleText(page)).toContain('WRO Lens: Top Glove Corporation Bhd');
    expect(await accessibleText(page)).toContain('Lifted on 9 Sep 2021');
    await page.mouse.move(1150, 880);
    await expect.poll(() => accessibleText(page)).not.toContain('WRO Lens: Top Glove Corporation Bhd');
  });

  it('places the card beside the text it explains, never over it, and inside the viewport', async () => {
    await page.setViewportSize({ width: 700, height: 600 });
    await tabToFirstMarker(page);
    await expect.poll(() => accessibleText(page)).toContain('WRO Lens: Supermax Corporation Bhd.');
    const card = await dialogBox(page);
    const target = await page.evaluate(() => {
      const h = [...document.querySelectorAll('h4')].find((e) => e.textContent === 'Supermax Healthcare Limited')!;
      const r = h.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.left + 250, bottom: r.bottom, vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight };
    });
    const overlaps = card.left < target.right && target.left < card.right && card.top < target.bottom && target.top < card.bottom;
    expect(overlaps).toBe(false);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(target.vw);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(target.vh);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1200, height: 900 });
  });
});

/** Clicks an empty part of the page (focus returns to the start) then tabs until focus enters the WRO Lens layer. */
async function tabToFirstMarker(p: Page): Promise<void> {
  await p.mouse.click(1100, 5);
  for (let i = 0; i < 10 && (await p.evaluate(() => document.activeElement?.tagName)) !== 'WRO-LENS-UI'; i++) await p.keyboard.press('Tab');
}

/** The card's box, from the browser's accessibility tree (the card lives in a closed shadow root). */
async function dialogBox(p: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const cdp = await p.context().newCDPSession(p);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; backendDOMNodeId?: number }[] };
  const dialog = nodes.find((n) => n.role?.value === 'dialog');
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: dialog!.backendDOMNodeId! })) as { model: { border: number[] } };
  await cdp.detach();
  const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
  const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
  // Box-model quads are in viewport coordinates, like getBoundingClientRect.
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('the popup', () => {
  it('lists the findings of the tab it was opened for, kept by the background', async () => {
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForHighlightCount(page, 6);
    await expectBadge('4');
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
    const list = popup.getByRole('list', { name: 'Listed suppliers on this page' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(4);
    const text = await list.innerText();
    expect(text).toContain('Supermax Corporation Bhd.');
    expect(text).toContain('Lifted on 18 Sep 2023');
    expect(text).toContain('3 on this page');
    expect(await popup.getByText(/List as of 24 Nov 2026/).count()).toBe(1);
    await popup.close();
  });
});

describe('a TED notice with a Chinese name and region mentions', () => {
  it('highlights the active orders and the region', async () => {
    await page.goto(`${TED}/en/notice/-/detail/123456-2026`);
    await waitForHighlightCount(page, 5);
    expect(await readHighlights(page)).toEqual({
      'wro-lens-active': ['Hoshine Silicon Industry (Shanshan) Co., Ltd', '合盛硅业股份有限公司'],
      'wro-lens-possible': [],
      'wro-lens-region': ['Shanshan', 'Turpan', 'Xinjiang'].sort(),
      'wro-lens-lifted': [],
    });
    await expectBadge('3');
  });

  it('opens the card by keyboard, naming both lists the company is on', async () => {
    await tabToFirstMarker(page);
    await expect.poll(() => accessibleText(page)).toContain('WRO Lens: Hoshine Silicon Industry Co., Ltd.');
    const text = await accessibleText(page);
    expect(text).toContain('Also on the UFLPA Entity List as Hoshine Silicon Industry (Shanshan) Co., Ltd.: Active since 21 Jun 2022.');
    expect(text).toContain('Active since 23 Jun 2021');
    expect(text).toContain('In the Commissioner’s letter (2021)');
    await page.keyboard.press('Escape');
  });
});

describe('a SAM.gov-like single-page app', () => {
  it('finds names rendered late, and follows in-place navigation', async () => {
    await page.goto(`${SAM}/search`);
    await waitForHighlightCount(page, 1);
    expect((await readHighlights(page))['wro-lens-active']).toEqual(['Hefei Bitland Information Technology Co., Ltd']);
    await expectBadge('1');
    await page.click('#next');
    await expect.poll(async () => (await readHighlights(page))['wro-lens-active']).toEqual(['Xinjiang Production and Construction Corps']);
    await expectBadge('2');
  });
});

describe('a page with a same-origin iframe and a shadow root', () => {
  it('checks the frame and the open shadow root, and counts them on one badge', async () => {
    await page.goto(`${CF}/frames`);
    await waitForHighlightCount(page, 2);
    expect((await readHighlights(page))['wro-lens-lifted']).toEqual(['Brightway Holdings Sdn Bhd', 'Smart Glove Corporation Sdn Bhd']);
    const child = page.frames().find((f) => f.url().endsWith('/frames-child.html'))!;
    await child.waitForFunction(() => (CSS.highlights.get('wro-lens-lifted')?.size ?? 0) === 1);
    await expectBadge('3');
  });

  it('keeps findings inside the shadow root when the page around it changes', async () => {
    const updates = () => page.evaluate(() => performance.getEntriesByName('wro-lens:update').length);
    const before = await updates();
    // Loose text in <body>: the whole body is checked again, the shadow root's host included.
    await page.evaluate(() => document.body.append('Updated 24 November.'));
    await expect.poll(updates).toBeGreaterThan(before);
    expect((await readHighlights(page))['wro-lens-lifted']).toEqual(['Brightway Holdings Sdn Bhd', 'Smart Glove Corporation Sdn Bhd']);
  });
});

describe('a 10,000-row supplier table', () => {
  it('highlights every listed supplier and follows 100 rows added later', async () => {
    await page.goto(`${CF}/framework-suppliers`);
    await waitForHighlightCount(page, listedInTable(10_000));
    await expectBadge('4');
    await page.evaluate((html) => document.getElementById('rows')!.insertAdjacentHTML('beforeend', html), supplierTable(100, 10_050));
    await waitForHighlightCount(page, listedInTable(10_000) + listedInTable(100, 10_050));
  });
});

describe('settings', () => {
  it('hides lifted and revoked orders when the user unticks them on the settings page, and shows them again', async () => {
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForHighlightCount(page, 6);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    const lifted = options.getByRole('checkbox', { name: 'Show lifted and revoked orders' });
    await expect.poll(() => lifted.isChecked()).toBe(true);
    await lifted.uncheck();
    await waitForHighlightCount(page, 2);
    expect(await readHighlights(page)).toMatchObject({ 'wro-lens-lifted': [], 'wro-lens-possible': ['Hefei Bitland'], 'wro-lens-region': ['Xinjiang'] });
    await page.bringToFront(); // the badge helper reads the active tab
    await expectBadge('2');
    await lifted.check();
    await waitForHighlightCount(page, 6);
    await options.close();
  });
});

describe('privacy', () => {
  it('makes no network request while checking pages (fixtures with no assets of their own)', async () => {
    session.strayRequests.length = 0;
    const seen: string[] = [];
    const record = (r: { url(): string }) => seen.push(r.url());
    session.context.on('request', record);
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForHighlightCount(page, 6);
    await page.goto(`${TED}/en/notice/-/detail/123456-2026`);
    await waitForHighlightCount(page, 5);
    await page.goto(`${SAM}/search`);
    await waitForHighlightCount(page, 1);
    session.context.off('request', record);
    expect(session.strayRequests).toEqual([]);
    expect(seen.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([
      `${CF}/Notice/gloves-award`, `${TED}/en/notice/-/detail/123456-2026`, `${SAM}/search`,
    ]);
  });
});

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};
