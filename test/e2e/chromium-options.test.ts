/**
 * The settings page in real Chromium: importing CBP's CSV (preview, apply, the page's warnings follow, roll
 * back), a refused import that leaves the list alone, screening a 20,000-row supplier list with its report,
 * and a setting locked by a managed policy file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROME_DIST, launchChromium, readHighlights, waitForHighlightCount, type ChromiumSession } from './chromium';
import { CF, fixtureSite, listedInTable } from './fixtures';

const CBP_UPDATE = fileURLToPath(new URL('../fixtures/cbp/cbp-update.csv', import.meta.url));
const ORDERS_PAGE = `${CF}/Notice/orders`;
// Named on CBP's list before the update (Tangshan Sunfar) and only after it (Example Seafood).
const ordersPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Award</title></head><body>
<h1>Award</h1><p>Supplier: Tangshan Sunfar Silicon Company</p><p>Supplier: Example Seafood Processing Co., Ltd.</p></body></html>`;

describe('the settings page', () => {
  let session: ChromiumSession;
  let page: Page;
  let options: Page;

  beforeAll(async () => {
    session = await launchChromium(fixtureSite({ [ORDERS_PAGE]: ordersPage }));
    page = await session.context.newPage();
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  });

  afterAll(async () => {
    await session?.close();
  });

  const listInUse = () => options.locator('.list-in-use').textContent();

  it('imports CBP\'s CSV: preview field by field, apply, the page\'s warnings follow, and roll back', async () => {
    await page.goto(ORDERS_PAGE);
    await waitForHighlightCount(page, 1);
    expect((await readHighlights(page))['wro-lens-active']).toEqual(['Tangshan Sunfar Silicon Company']);

    await options.bringToFront();
    expect(await listInUse()).toContain('the list bundled with WRO Lens');
    await options.setInputFiles('#import-file', CBP_UPDATE);
    const preview = options.getByRole('region', { name: 'Preview of “cbp-update.csv”' });
    await expect.poll(() => preview.textContent()).toContain('1 added, 1 changed, 1 removed, 102 unchanged.');
    const text = (await preview.textContent())!;
    expect(text).toContain('Status: Active → Lifted');
    expect(text).toContain('Example Seafood Processing Co., Ltd. (Withhold Release Order (WRO), Active)');
    expect(text).toContain('Tangshan Sunfar Silicon Company');
    expect(text).toContain('for the 48 orders found in both');
    await options.getByRole('button', { name: 'Apply this list' }).click();
    await expect.poll(listInUse).toContain('imported from “cbp-update.csv”');

    // The open page is checked again with the new list, without a reload.
    await expect.poll(async () => (await readHighlights(page))['wro-lens-active']).toEqual(['Example Seafood Processing Co., Ltd']);

    await options.getByRole('button', { name: 'Roll back to the previous list' }).click();
    await expect.poll(listInUse).toContain('the list bundled with WRO Lens');
    await expect.poll(async () => (await readHighlights(page))['wro-lens-active']).toEqual(['Tangshan Sunfar Silicon Company']);
  });

  it('refuses a bad file by row and field, and leaves the list in use as it was', async () => {
    const before = await listInUse();
    await options.setInputFiles('#import-file', {
      name: 'orders.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Country,Entity,Status,WRO/Finding,Effective Date\nChina,,Active,WRO,1/2/2020\nChina,Acme Co,Active,WRO,31/31/2020\n'),
    });
    const alert = options.getByRole('alert').filter({ hasText: 'orders.csv' });
    await expect.poll(() => alert.textContent()).toContain('Row 2, field Entity: empty');
    expect(await alert.textContent()).toContain('Row 3, field Effective Date: “31/31/2020” is not a date');
    expect(await listInUse()).toBe(before);
    await page.reload();
    await waitForHighlightCount(page, 1);
    expect((await readHighlights(page))['wro-lens-active']).toEqual(['Tangshan Sunfar Silicon Company']);
  });

  it('screens a 20,000-row supplier CSV and downloads the report with the list\'s version and date', async () => {
    const rows = 20_000;
    const names = Array.from({ length: rows }, (_, i) => (i % 100 === 50 ? ['Supermax Healthcare Limited', 'Top Glove Corporation Bhd', 'Hoshine Silicon Industry Co., Ltd.', 'Xinjiang Junggar Cotton & Linen Co., Ltd'][(i / 100 | 0) % 4] : `Supplier ${i} Trading Limited`));
    const csv = `Supplier name,Spend\n${names.map((n, i) => `"${n}",${i}`).join('\n')}\n`;
    await options.setInputFiles('#screen-file', { name: 'suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const summary = options.locator('section[aria-labelledby="screen-heading"] .summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toBe(`Screened 20,000 rows of “suppliers.csv”: ${listedInTable(rows)} flagged.`);
    const table = options.locator('table.results tbody tr');
    expect(await table.count()).toBe(listedInTable(rows));
    expect(await table.first().textContent()).toContain('Supermax Healthcare Limited');

    await options.getByRole('combobox', { name: 'Match' }).selectOption('exact');
    await expect.poll(() => table.count()).toBe(listedInTable(rows) / 4 * 3);
    await options.getByRole('searchbox', { name: 'Filter the results' }).fill('hoshine');
    await expect.poll(() => table.count()).toBe(listedInTable(rows) / 4);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    const report = readFileSync((await download.path())!, 'utf8');
    const lines = report.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('Row,Supplier,Match,Listed entity,List,Status today,Matched text,Dataset version,Dataset as of,Screened on');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[51]).toMatch(/^52,Supermax Healthcare Limited,Group or legal-form match,Supermax Corporation Bhd\.,Withhold Release Order \(WRO\),Lifted,Supermax Healthcare Limited,2026\.11\.24,2026-11-24,\d{4}-\d{2}-\d{2}$/);
    expect(lines[1]).toMatch(/^2,Supplier 0 Trading Limited,No match,/);
  });

  it('screens a list dropped on the screening section', async () => {
    const section = options.locator('section[aria-labelledby="screen-heading"]');
    const files = await options.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Acme Office Supplies Ltd\nTop Glove Corporation Bhd\nNorthwind Traders Ltd\n'], 'dropped.txt', { type: 'text/plain' }));
      return data;
    });
    await section.dispatchEvent('drop', { dataTransfer: files });
    await expect.poll(() => section.locator('.summary').textContent()).toBe('Screened 3 rows of “dropped.txt”: 1 flagged.');
  });
});

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits written a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe('a managed policy', () => {
  const POLICY_DIR = '/etc/chromium/policies/managed';
  // One file per run: two runs on one machine must not remove each other's policy.
  const POLICY_FILE = `${POLICY_DIR}/wro-lens-e2e-test-${process.pid}.json`;
  let copy: string;
  let session: ChromiumSession;

  beforeAll(async () => {
    // A copy of the build at its own path has its own id, so the policy reaches no other test's browser.
    copy = mkdtempSync(`${tmpdir()}/wro-lens-managed-`);
    cpSync(CHROME_DIST, copy, { recursive: true });
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(copy)]: { showLifted: false, allowImport: false, neverSites: ['https://intranet.example.org'] } } } }));
    session = await launchChromium(fixtureSite(), { dist: copy });
    expect(session.extensionId).toBe(unpackedExtensionId(copy));
  });

  afterAll(async () => {
    await session?.close();
    rmSync(POLICY_FILE, { force: true });
    rmSync(copy, { recursive: true, force: true });
  });

  it('locks the settings it sets, and the settings page says so', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
    const lifted = options.getByRole('checkbox', { name: 'Show lifted and revoked orders' });
    await expect.poll(() => lifted.isDisabled()).toBe(true);
    expect(await lifted.isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Show similar names' }).isDisabled()).toBe(false);
    const text = (await options.locator('main').textContent())!;
    expect(text).toContain('Some settings are managed by your organisation');
    expect(text).toContain('Set by your organisation');
    expect(text).toContain('Your organisation does not allow importing a list.');
    expect(text).toContain('intranet.example.org · set by your organisation');
    expect(await options.locator('#import-file').count()).toBe(0);
  });
});
