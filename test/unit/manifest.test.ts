/**
 * The built manifests ask for exactly the permissions WRO Lens needs (least privilege), and packaging
 * is reproducible. Runs on the build `npm test` makes first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { packageBrowser } from '../../scripts/package';
import pkg from '../../package.json' with { type: 'json' };

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const manifest = (browser: string) => JSON.parse(readFileSync(`${dist}${browser}/manifest.json`, 'utf8'));

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const m = manifest(browser);

  it('asks for exactly the intended permissions, and for sites only when the user adds one', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs its content script on the portals only, in every frame', () => {
    const [script] = m.content_scripts;
    expect(script.matches).toContain('https://www.contractsfinder.service.gov.uk/*');
    expect(script.matches.every((p: string) => p.startsWith('https://'))).toBe(true);
    expect(script.all_frames).toBe(true);
  });

  it('has an icon at every size the stores ask for, each PNG of its stated size', () => {
    expect(Object.keys(m.icons).map(Number)).toEqual([16, 32, 48, 128]);
    for (const [size, file] of Object.entries(m.icons)) {
      const png = readFileSync(`${dist}${browser}/${file}`);
      // PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it('carries the one version number, package.json\'s', () => {
    expect(m.version).toBe(pkg.version);
  });

  it('is named and described through _locales', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.default_locale).toBe('en');
  });
});

describe('the managed schema', () => {
  it('is declared in the Chrome manifest and offers exactly the settings src/shared/policy.ts reads', () => {
    const m = manifest('chrome');
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const schema = JSON.parse(readFileSync(`${dist}chrome/managed_schema.json`, 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(['allowImport', 'extraSites', 'lockSettings', 'neverSites', 'showLifted', 'showPossible', 'showRegion']);
  });
});

describe('Firefox specifics', () => {
  it('declares its id, its minimum version (Custom Highlight API) and that it collects no data', () => {
    const gecko = manifest('firefox').browser_specific_settings.gecko;
    expect(gecko.id).toBe('wro-lens@wro-lens.org');
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('npm run package', () => {
  it.each(['chrome', 'firefox'] as const)('gives the same %s zip twice', (browser) => {
    const digest = () => createHash('sha256').update(readFileSync(packageBrowser(browser))).digest('hex');
    expect(digest()).toBe(digest());
  });
});

describe('addons.mozilla.org\'s linter (web-ext lint)', () => {
  it('finds no errors in the Firefox build, and warns only about its libraries\' guarded code paths', () => {
    const web = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
    const run = spawnSync(web, ['lint', '--source-dir', `${dist}firefox`, '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    // preact's renderer handles dangerouslySetInnerHTML, which WRO Lens never uses; zod probes for eval,
    // which WRO Lens switches off (jitless). See README, Security.
    const allowed = new Set(['UNSAFE_VAR_ASSIGNMENT', 'DANGEROUS_EVAL']);
    expect(report.warnings.filter((w) => !allowed.has(w.code))).toEqual([]);
    // The content script, which runs in pages, has no eval path at all.
    expect(report.warnings.filter((w) => w.code === 'DANGEROUS_EVAL' && w.file.startsWith('src/content'))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
