/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the built extension installed, driven by
 * puppeteer-core over WebDriver BiDi. Fixture pages are served at portal URLs by interception.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';

export const FIREFOX_DIST = fileURLToPath(new URL('../../dist/firefox', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: Browser;
  /** Requests for anything that is not a fixture (refused). */
  strayRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(site: Map<string, string>): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1200, height: 900 } });
  await browser.installExtension(FIREFOX_DIST);
  const strayRequests: string[] = [];
  return {
    browser,
    strayRequests,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url();
        const body = site.get(url.split('#')[0]!);
        if (body !== undefined) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        // Firefox asks for a favicon by itself; it is the browser's request, not the extension's.
        if (!url.endsWith('/favicon.ico')) strayRequests.push(url);
        return void req.abort();
      });
      return page;
    },
    close: () => browser.close(),
  };
}
