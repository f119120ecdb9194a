/** The toolbar popup in real Chromium, opened as the extension page for a fixture portal tab. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleText, badgeText, launchChromium, readHighlights, waitForHighlightCount, type ChromiumSession } from './chromium';
import { CF, fixtureSite, listedInTable, supplierTablePage } from './fixtures';

let session: ChromiumSession;
let page: Page;
let popup: Page;

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  contextMenus: { update(id: string, props: object, done: () => void): void };
  runtime: { lastError?: unknown };
};

async function openPopupFor(p: Page): Promise<Page> {
  await p.bringToFront();
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const view = await session.context.newPage();
  await view.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
  return view;
}

beforeAll(async () => {
  session = await launchChromium(fixtureSite({ [`${CF}/framework-suppliers`]: supplierTablePage(2_000) }));
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('findings on this tab', () => {
  it('lists them grouped by entity, most severe first, and choosing one shows it on the page', async () => {
    await page.goto(`${CF}/framework-suppliers`);
    await waitForHighlightCount(page, listedInTable(2_000));
    popup = await openPopupFor(page);
    const items = popup.getByRole('list', { name: 'Listed suppliers on this page' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(4);
    // Hoshine's order is active; the other three were lifted.
    expect(await items.first().innerText()).toContain('Hoshine Silicon Industry Co., Ltd.');
    expect(await items.first().innerText()).toContain('5 on this page');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await items.first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => accessibleText(page)).toContain('WRO Lens: Hoshine Silicon Industry Co., Ltd.');
    await popup.close();
  });
});

describe('lookup', () => {
  beforeAll(async () => {
    popup = await openPopupFor(page);
  });

  it('finds a misspelt name and a Chinese name, and opens the detail view with the full history', async () => {
    const search = popup.getByRole('combobox', { name: 'Look up a company' });
    await search.fill('supermx');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Supermax Corporation Bhd.');
    await search.fill('合盛硅业');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Hoshine Silicon Industry Co., Ltd.');
    await search.fill('Sime Darby Plantation');
    await expect.poll(() => popup.getByRole('option').first().innerText()).toContain('Revoked on 3 Feb 2023');
    await search.press('Enter');
    const detail = popup.getByRole('region', { name: 'Sime Darby Plantation Berhad' });
    await expect.poll(() => detail.count()).toBe(1);
    const text = await detail.innerText();
    expect(text).toContain('30 Dec 2020: Issued');
    expect(text).toContain('28 Jan 2022: Became a Finding');
    expect(text).toContain('3 Feb 2023: Revoked');
    expect(text).toContain('SD Guthrie Berhad');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('combobox', { name: 'Look up a company' }).count()).toBe(1);
  });

  it('opens on a lookup handed over by the context menu', async () => {
    const view = await session.context.newPage();
    await view.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?q=${encodeURIComponent('Top Glove')}`);
    await expect.poll(() => view.getByRole('option').first().innerText()).toContain('Top Glove Corporation Bhd');
    await view.close();
  });

  it('has the context-menu items for the page and for selected text', async () => {
    const exists = (id: string) => session.worker.evaluate((menuId) => new Promise<boolean>((resolve) => {
      chrome.contextMenus.update(menuId, {}, () => resolve(!chrome.runtime.lastError));
    }), id);
    expect(await exists('wro-lens-check-page')).toBe(true);
    expect(await exists('wro-lens-lookup-selection')).toBe(true);
    expect(await exists('no-such-item')).toBe(false);
  });
});

describe('the site switch', () => {
  it('turns checking off for this site and back on', async () => {
    await page.goto(`${CF}/Notice/gloves-award`);
    await waitForHighlightCount(page, 6);
    popup = await openPopupFor(page);
    const toggle = popup.getByRole('switch', { name: 'Check this site (www.contractsfinder.service.gov.uk)' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await waitForHighlightCount(page, 0);
    await page.bringToFront();
    await expect.poll(() => badgeText(session.worker)).toBe('');
    await toggle.check();
    await waitForHighlightCount(page, 6);
    expect((await readHighlights(page))['wro-lens-possible']).toEqual(['Hefei Bitland']);
    await popup.close();
  });
});
