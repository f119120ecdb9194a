/**
 * Warnings while drafting, in real Chromium with the built extension: real key events typed into a
 * textarea, a text input, a contenteditable div and a Quill editor (installed from npm), and an IME
 * composition driven through the DevTools protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleText, badgeText, launchChromium, type ChromiumSession } from './chromium';
import { CF, fixtureSite } from './fixtures';
import { hasBadge, type DraftDriver } from './drafting';
import { draftingScenarios } from './drafting-scenarios';

let session: ChromiumSession;
let page: Page;

const driver: DraftDriver = {
  click: (selector) => page.click(selector),
  clickAt: (x, y) => page.mouse.click(x, y),
  type: (text) => page.keyboard.type(text),
  chord: (keys) => page.keyboard.press(keys.join('+')),
  evaluate: <A, T>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as never, arg) as Promise<T>,
  screenshot: (c) => page.screenshot({ clip: { x: c.left, y: c.top, width: c.right - c.left, height: c.bottom - c.top } }),
};

beforeAll(async () => {
  session = await launchChromium(fixtureSite());
  page = await session.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

draftingScenarios('Chromium', {
  driver,
  async open() {
    await page.goto(`${CF}/drafting`);
    await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
  },
});

describe('Chromium: drafting, what only Chromium can drive', () => {
  it('counts a name typed into a field on the toolbar badge, and says what it is to assistive technology', async () => {
    await page.goto(`${CF}/drafting`);
    await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
    await expect.poll(() => badgeText(session.worker)).toBe('');
    await page.click('#supplier');
    await page.keyboard.type('Hoshine Silicon Industry Co., Ltd');
    await expect.poll(() => badgeText(session.worker), { timeout: 10_000 }).toBe('1');
    expect(await accessibleText(page)).toContain('WRO Lens: 1 listed name in this field');
  });

  it('gives no warning during an IME composition, leaves the composed text alone, and checks it once committed', async () => {
    await page.goto(`${CF}/drafting`);
    await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
    await page.click('#notes');
    await page.keyboard.type('供应商：');
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(() => performance.clearMarks('wro-lens:draft-deferred'));
    // A Chinese IME composing the listed company's name, then the user pausing mid-composition.
    await cdp.send('Input.imeSetComposition', { text: '合盛硅业', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: '合盛硅业股份有限公司', selectionStart: 10, selectionEnd: 10 });
    // The pause came and checking waited for the composition to end.
    await page.waitForFunction(() => performance.getEntriesByName('wro-lens:draft-deferred').length > 0);
    expect(await hasBadge(driver, '#notes')).toBe(false);
    expect(await page.evaluate(() => (document.querySelector('#notes') as HTMLTextAreaElement).value)).toBe('供应商：合盛硅业股份有限公司');
    await cdp.send('Input.insertText', { text: '合盛硅业股份有限公司' });
    await expect.poll(() => hasBadge(driver, '#notes'), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('#notes') as HTMLTextAreaElement).value)).toBe('供应商：合盛硅业股份有限公司');
    await cdp.detach();
  });
});
