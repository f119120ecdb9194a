/**
 * Warnings while drafting in real Firefox ESR with the built extension: the same scenarios as in
 * Chromium, typed with real key events through WebDriver BiDi. (IME composition is driven in Chromium,
 * whose DevTools protocol can compose; BiDi cannot.)
 */
import { afterAll, beforeAll } from 'vitest';
import type { KeyInput, Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from './firefox';
import { CF, fixtureSite } from './fixtures';
import type { DraftDriver } from './drafting';
import { draftingScenarios } from './drafting-scenarios';

let session: FirefoxSession;
let page: Page;

const driver: DraftDriver = {
  click: (selector) => page.click(selector),
  clickAt: (x, y) => page.mouse.click(x, y),
  type: (text) => page.keyboard.type(text),
  async chord(keys) {
    const held = keys.slice(0, -1) as KeyInput[];
    for (const key of held) await page.keyboard.down(key);
    await page.keyboard.press(keys[keys.length - 1] as KeyInput);
    for (const key of held.reverse()) await page.keyboard.up(key);
  },
  evaluate: <A, T>(fn: (arg: A) => T, arg: A) => page.evaluate(fn as never, arg) as Promise<T>,
  screenshot: (c) => page.screenshot({ clip: { x: c.left, y: c.top, width: c.right - c.left, height: c.bottom - c.top } }),
};

beforeAll(async () => {
  session = await launchFirefox(fixtureSite());
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
});

draftingScenarios('Firefox', {
  driver,
  async open() {
    await page.goto(`${CF}/drafting`);
    await page.waitForFunction(() => document.querySelector('wro-lens-ui') !== null);
  },
});
