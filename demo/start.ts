/**
 * `npm start`: builds the demo extension, serves the demo pages on 127.0.0.1 and opens a browser with WRO Lens
 * loaded on them, in a throwaway profile. `npm start -- --browser firefox` uses Firefox through web-ext.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DEMO_PAGES, startDemoServer } from './server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BROWSERS = {
  chromium: { path: process.env.CHROME_PATH ?? '/usr/bin/chromium', env: 'CHROME_PATH', apt: 'chromium', mode: 'demo-chrome' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', apt: 'firefox-esr', mode: 'demo-firefox' },
} as const;
type BrowserName = keyof typeof BROWSERS;

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function chosenBrowser(args: string[]): BrowserName {
  const at = args.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
  if (at < 0) return 'chromium';
  const value = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  if (value === 'chrome' || value === 'chromium') return 'chromium';
  if (value === 'firefox') return 'firefox';
  return fail(`unknown browser "${value ?? ''}": use --browser chromium or --browser firefox.`);
}

/** A browser window needs a display; without one, say so rather than hang or crash. */
function checkDisplay(): void {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return;
  fail(
    'no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n' +
      '  Run it from a desktop session (or over ssh -X), or run `npm test`, which drives the browsers headless.',
  );
}

function launch(name: BrowserName, dist: string, urls: string[], profile: string | null): ChildProcess {
  const browser = BROWSERS[name];
  if (name === 'chromium') {
    const args = [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium refuses to start as root with its sandbox on (CI machines and containers run as root).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...urls,
    ];
    return spawn(browser.path, args, { stdio: 'ignore' });
  }
  const webExt = `${ROOT}node_modules/.bin/web-ext`;
  const args = ['run', '--source-dir', dist, '--firefox', browser.path, '--no-reload', '--no-input', ...urls.flatMap((u) => ['--start-url', u])];
  return spawn(webExt, args, { stdio: 'inherit' });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = chosenBrowser(args);
  const browser = BROWSERS[name];
  checkDisplay();
  if (!existsSync(browser.path)) fail(`${name} not found at ${browser.path}: install it (apt-get install ${browser.apt}) or set ${browser.env}.`);

  console.log(`Building the demo extension (dist/${browser.mode})…`);
  await build({ root: ROOT, mode: browser.mode, logLevel: 'warn' });
  const server = await startDemoServer();
  const urls = DEMO_PAGES.map((page) => `${server.origin}/${page}`);
  // web-ext makes (and removes) Firefox's throwaway profile itself.
  const profile = name === 'chromium' ? mkdtempSync(`${tmpdir()}/wro-lens-demo-`) : null;
  console.log(`Demo pages on ${server.origin}/ (this machine only). Opening ${name} with WRO Lens; close it to stop.`);

  const child = launch(name, `${ROOT}dist/${browser.mode}`, urls, profile);
  const stop = async (code: number) => {
    await server.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  child.on('error', (error) => {
    console.error(`npm start: could not start ${name}: ${error.message}`);
    void stop(1);
  });
  child.on('exit', (code) => {
    if (code) console.error(`npm start: ${name} exited with status ${code}.`);
    void stop(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill());
}

await main();
