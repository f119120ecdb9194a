/**
 * Takes the README's screenshots in real Chromium with the built extension (npm run build first):
 * a fixture award notice with its findings highlighted and a card open. Run: npm run screenshots.
 */
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/e2e/chromium';
import { CF, fixtureSite } from '../test/e2e/fixtures';

const out = fileURLToPath(new URL('../docs/', import.meta.url));
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
  console.log(`wrote ${out}page-warning-card.png`);
} finally {
  await session.close();
}
