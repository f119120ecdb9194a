import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import dataset from './src/data/dataset.json' with { type: 'json' };
import { parseDataset } from './src/core/schema';
import { PORTAL_MATCHES } from './src/shared/portals';

// One manifest, two builds: `vite build --mode chrome` and `vite build --mode firefox`.
// crxjs picks `background.service_worker` for Chrome and `background.scripts` for Firefox.
export default defineConfig(({ mode }) => {
  // A list that fails its schema must not ship: validate it before building.
  parseDataset(dataset);
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  // The portals checked by default are listed once, in src/shared/portals.ts.
  const content = manifest.content_scripts.map((script) => ({ ...script, matches: [...PORTAL_MATCHES] }));
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Large JSON (the dataset, the word tables) ships as JSON.parse("…"): faster to load than object literals.
    json: { stringify: true },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
    },
    plugins: [
      crx({
        // JSON imports widen string literals; the manifest's shape is checked by crxjs and the browsers.
        manifest: { ...manifest, content_scripts: content } as ManifestV3Export,
        browser,
        // A self-contained content script: no loader chunks in web_accessible_resources
        // that a portal could fetch to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
  };
});
