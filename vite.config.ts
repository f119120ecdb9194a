import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import dataset from './src/data/dataset.json' with { type: 'json' };
import { parseDataset } from './src/core/schema';
import { portalsFor } from './src/shared/portals';
import pkg from './package.json' with { type: 'json' };

const MODES = ['chrome', 'firefox', 'demo-chrome', 'demo-firefox'] as const;

// One manifest, four builds: `vite build --mode chrome|firefox` for the stores, and `demo-chrome|demo-firefox`
// for `npm start`, which also check the demo pages on 127.0.0.1. crxjs picks `background.service_worker`
// for Chrome and `background.scripts` for Firefox.
export default defineConfig(({ mode }) => {
  if (!(MODES as readonly string[]).includes(mode)) throw new Error(`Unknown build mode "${mode}": use one of ${MODES.join(', ')}.`);
  // A list that fails its schema must not ship: validate it before building.
  parseDataset(dataset);
  const browser = mode.endsWith('firefox') ? 'firefox' : 'chrome';
  const demo = mode.startsWith('demo-');
  // The portals checked by default are listed once, in src/shared/portals.ts.
  const matches = portalsFor(demo).flatMap((portal) => portal.matches);
  const content = manifest.content_scripts.map((script) => ({ ...script, matches }));
  return {
    define: { __WRO_LENS_DEMO__: JSON.stringify(demo) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Large JSON (the dataset, the word tables) ships as JSON.parse("…"): faster to load than object literals.
    json: { stringify: true },
    build: {
      outDir: `dist/${mode}`,
      emptyOutDir: true,
      target: 'es2022',
    },
    plugins: [
      crx({
        // JSON imports widen string literals; the manifest's shape is checked by crxjs and the browsers.
        // One version number: package.json's.
        manifest: { ...manifest, version: pkg.version, content_scripts: content } as ManifestV3Export,
        browser,
        // A self-contained content script: no loader chunks in web_accessible_resources
        // that a portal could fetch to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
  };
});
