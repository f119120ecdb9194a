/**
 * Takes the README's screenshots in real Chromium with the built extension (npm run build first):
 * a fixture award notice with its findings highlighted and a card open, and the popup's findings,
 * lookup and detail views, the settings page, and warnings while drafting. Run: npm run screenshots.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/chromium';
import { CF, fixtureSite } from '../test/e2e/fixtures';

const out = fileURLToPath(new URL('../docs/', import.meta.url));

/** The extension API inside the service worker (evaluated there). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
const session = await launchChromium(fixtureSite());
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 980, height: 760 });
  await page.goto(`${CF}/Notice/gloves-award`);
  await page.waitForFunction(() => (CSS.highlights.get('wro-lens-lifted')?.size ?? 0) === 4);
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'WRO-LENS-UI'; i++) await page.keyboard.press('Tab');
  // The card opens on focus; wait until it is painted where it belongs (it lives in a closed shadow root).
  await page.waitForFunction(() => {
    const h = [...document.querySelectorAll('h4')].find((e) => e.textContent === 'Supermax Healthcare Limited');
    const r = h?.getBoundingClientRect();
    return !!r && document.elementFromPoint(r.left + 40, r.bottom + 40)?.tagName === 'WRO-LENS-UI';
  });
  await page.screenshot({ path: `${out}page-warning-card.png` });

  // The popup, opened as the extension page for that tab.
  const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByRole('list', { name: 'Listed suppliers on this page' }).getByRole('listitem').nth(3).waitFor();
  await popup.screenshot({ path: `${out}popup-findings.png` });
  const search = popup.getByRole('combobox', { name: 'Look up a company' });
  await search.fill('supermx');
  await popup.getByRole('option').first().waitFor();
  await popup.screenshot({ path: `${out}popup-lookup.png` });
  await search.press('Enter');
  await popup.getByRole('region', { name: 'Supermax Corporation Bhd.' }).waitFor();
  await popup.screenshot({ path: `${out}popup-detail.png` });
  // The settings page: an import preview of CBP's CSV, then a screened supplier list.
  const options = await session.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.setInputFiles('#import-file', fileURLToPath(new URL('../test/fixtures/cbp/cbp-update.csv', import.meta.url)));
  const preview = options.getByRole('region', { name: /^Preview of/ });
  await preview.waitFor();
  await preview.screenshot({ path: `${out}settings-import-preview.png` });
  await options.getByRole('button', { name: 'Cancel' }).click();
  const suppliers = ['Supplier name', 'Acorn Facilities Management Ltd', 'Supermax Healthcare Limited', 'Birchwood Medical Supplies Ltd', 'Hoshine Silicn Industry Co Ltd', 'Top Glove Corporation Bhd', 'Castlegate Workwear Limited', 'Xinjiang Junggar Cotton & Linen Co., Ltd', 'Dalton Hygiene Products Ltd'];
  await options.setInputFiles('#screen-file', { name: 'framework-suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(suppliers.map((n) => `"${n}"`).join('\n')) });
  const screening = options.locator('section[aria-labelledby="screen-heading"]');
  await screening.locator('table.results').waitFor();
  await screening.screenshot({ path: `${out}settings-screening.png` });
  // Warnings while drafting: a textarea and a rich-text editor (Quill), each with its badge.
  const draft = await session.context.newPage();
  await draft.setViewportSize({ width: 980, height: 760 });
  await draft.goto(`${CF}/drafting`);
  await draft.click('#notes');
  await draft.keyboard.type('Lot 3 (silicon metal) goes to\nHoshine Silicon Industry Co., Ltd\nfrom January 2027.');
  await draft.click('.ql-editor');
  await draft.keyboard.type('Dear supplier, we confirm that Hoshine Silicon Industry Co., Ltd will supply lot 3.');
  // Both badges painted (in a closed shadow root: hit-test their corners).
  await draft.waitForFunction(() => ['#notes', '.ql-editor'].every((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return document.elementFromPoint(r.right + 3, r.top - 3)?.localName === 'wro-lens-ui';
  }));
  await draft.screenshot({ path: `${out}drafting-warnings.png`, clip: { x: 0, y: 70, width: 620, height: 560 } });
  console.log(`wrote screenshots to ${out}`);
} finally {
  await session.close();
}
