/**
 * Renders the toolbar icon's source, src/icons/icon.svg, to PNG at every size the stores ask for
 * (public/icons/icon-N.png), with Debian's Chromium. The PNGs are committed; run this after changing the SVG.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(fileURLToPath(new URL('../src/icons/icon.svg', import.meta.url)), 'utf8');
const out = fileURLToPath(new URL('../public/icons/', import.meta.url));

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
    await page.screenshot({ path: `${out}icon-${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons written to ${out}`);
