/**
 * Real Chromium (Debian's /usr/bin/chromium) with the built extension loaded, driven by playwright-core.
 * Fixture pages are served at portal URLs by interception; every other request is recorded and refused.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expectHighlightCount, HIGHLIGHT_NAMES, highlightCountInPage, highlightTextsInPage } from './highlights';

export const CHROME_DIST = fileURLToPath(new URL('../../dist/chrome', import.meta.url));
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests for anything that is not a fixture (refused). The real pages ask for their own assets. */
  strayRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (default: the Chrome store build). */
  dist?: string;
  /** An origin served for real (the demo server on 127.0.0.1); everything else is still refused. */
  allowOrigin?: string;
}

export async function launchChromium(site: Map<string, string>, { dist = CHROME_DIST, allowOrigin }: LaunchOptions = {}): Promise<ChromiumSession> {
  // Lets Playwright see the extension service worker's own requests too (Chromium only).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(`${tmpdir()}/wro-lens-chromium-`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = site.get(url.split('#')[0]!);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    if (allowOrigin && url.startsWith(`${allowOrigin}/`)) return route.continue();
    strayRequests.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    strayRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The texts in each wro-lens highlight of the page's registry (the page can read them too). */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightTextsInPage, HIGHLIGHT_NAMES);
}

/** Waits until the page's highlights hold `count` ranges in all. */
export function waitForHighlightCount(page: Page, count: number): Promise<void> {
  return expectHighlightCount(() => page.evaluate(highlightCountInPage, HIGHLIGHT_NAMES), count);
}

/** The extension API inside the service worker (evaluated there, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The badge text of the active tab, read in the service worker. */
export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** All text the browser exposes to assistive technology on the page, closed shadow roots included. */
export async function accessibleText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; ignored?: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '').filter(Boolean).join('\n');
}
