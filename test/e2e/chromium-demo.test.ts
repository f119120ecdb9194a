/**
 * The demo `npm start` opens: the same pages, served by the same server on 127.0.0.1, with the demo build
 * of the extension loaded in real Chromium, show the findings the demo promises.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, readHighlights, waitForHighlightCount, badgeText, type ChromiumSession } from './chromium';
import { DEMO_PAGES, startDemoServer, type DemoServer } from '../../demo/server';

const DEMO_DIST = fileURLToPath(new URL('../../dist/demo-chrome', import.meta.url));

let server: DemoServer;
let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  server = await startDemoServer();
  session = await launchChromium(new Map(), { dist: DEMO_DIST, allowOrigin: server.origin });
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(name: (typeof DEMO_PAGES)[number], highlights: number) {
  await page.goto(`${server.origin}/${name}`);
  await waitForHighlightCount(page, highlights);
  return readHighlights(page);
}

describe('the demo pages', () => {
  it('serves every page npm start opens, and nothing outside the demo folder', async () => {
    for (const name of DEMO_PAGES) expect((await fetch(`${server.origin}/${name}`)).status).toBe(200);
    expect((await fetch(`${server.origin}/..%2Fserver.ts`)).status).toBe(404);
    expect((await fetch(`${server.origin}/../../package.json`)).status).toBe(404);
  });

  it('award notice: an exact name under an active order, a lifted order, and a listed group\'s company', async () => {
    expect(await open('award-notice.html', 3)).toEqual({
      'wro-lens-active': ['Hoshine Silicon Industry Co., Ltd'],
      'wro-lens-possible': [],
      'wro-lens-region': [],
      'wro-lens-lifted': ['Supermax Healthcare Limited', 'Top Glove Corporation Bhd'],
    });
    await expect.poll(() => badgeText(session.worker), { timeout: 10_000 }).toBe('3');
  });

  it('framework list: similar names to verify and a region under a region-wide order', async () => {
    expect(await open('framework-suppliers.html', 3)).toEqual({
      'wro-lens-active': [],
      'wro-lens-possible': ['Hoshine Silicn Industry Co Ltd'],
      'wro-lens-region': ['Xinjiang'],
      'wro-lens-lifted': ['Supermx Corporation Bhd'],
    });
  });

  it('supplier search: results that arrive late, and change without a page load', async () => {
    expect(await open('supplier-search.html', 1)).toMatchObject({ 'wro-lens-active': ['Dalian Ocean Fishing Co., Ltd'] });
    await page.click('#next');
    await expect.poll(() => readHighlights(page)).toMatchObject({ 'wro-lens-active': ['Hetian Taida Apparel Co., Ltd'] });
  });

  it('draft contract: the supplier chosen for the letter, and a region it declares; the letter is checked once the buyer is in it', async () => {
    expect(await open('draft-contract.html', 2)).toMatchObject({
      'wro-lens-active': ['Kingtom Aluminio SRL'],
      'wro-lens-region': ['Turkmenistan cotton'],
    });
    await page.click('#letter');
    await page.keyboard.press('End');
    await page.keyboard.type(' Hoshine Silicon Industry Co., Ltd will not subcontract.');
    await expect.poll(async () => (await readHighlights(page))['wro-lens-active'], { timeout: 10_000 })
      .toEqual(['Hoshine Silicon Industry Co., Ltd', 'Kingtom Aluminio SRL', 'Kingtom Aluminio SRL']);
  });
});
