/**
 * Content script: checks the page for listed suppliers, highlights them, and keeps the toolbar badge
 * and popup informed. Runs on the default portals, on sites the user added, and where the user asks.
 */
import browser from 'webextension-polyfill';
import { buildIndex } from '../core/matcher';
import { summariseFindings } from '../core/findings';
import { severityOf } from '../core/severity';
import { bundledDataset } from '../data';
import type { Message } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { PageChecker, type PageMatch } from './page-checker';
import { PageWatcher, type ChangeBatch } from './page-watcher';
import { UiLayer } from './ui-layer';
import { supportsHighlights } from './highlights';
import { adapterFor } from './portals';
import highlightCss from '../../public/content/highlights.css?raw';

/** Fired on the document when a newer copy of this script starts (a second injection, or an update). */
const REPLACED_EVENT = 'wro-lens:replaced';
const REPORT_DELAY_MS = 100;

async function start(): Promise<void> {
  document.dispatchEvent(new CustomEvent(REPLACED_EVENT));
  if (!supportsHighlights()) return;
  const settings = await loadSettings();
  if (settings.disabledSites.includes(location.origin)) {
    report([]);
    return;
  }

  const controller = new AbortController();
  const { signal } = controller;
  const index = buildIndex(bundledDataset);
  const ui = new UiLayer(document, bundledDataset.asOf);
  const pendingShadowRoots = new Set<ShadowRoot>();
  const knownShadowRoots = new WeakSet<ShadowRoot>();
  let reportTimer = 0;

  const checker = new PageChecker({
    index,
    settings,
    adapter: adapterFor(location.hostname),
    exclude: new Set([ui.host]),
    onShadowRoot(root) {
      if (knownShadowRoots.has(root)) return;
      knownShadowRoots.add(root);
      pendingShadowRoots.add(root);
    },
    onChange(shown) {
      ui.update(shown);
      clearTimeout(reportTimer);
      reportTimer = window.setTimeout(() => report(shown), REPORT_DELAY_MS);
    },
  });
  const watcher = new PageWatcher((node) => node === ui.host || ui.host.contains(node), (batch) => enqueue(() => applyChanges(batch)));

  // One piece of work at a time: page changes wait for the scan before them.
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((e: unknown) => {
      if (!signal.aborted) console.warn('WRO Lens: a page check failed', e);
    });
  };

  async function scanPending(): Promise<void> {
    for (const root of pendingShadowRoots) {
      pendingShadowRoots.delete(root);
      styleShadowRoot(root);
      watcher.observe(root);
      await checker.scan(root, signal);
    }
  }

  async function applyChanges(batch: ChangeBatch): Promise<void> {
    if (batch.flood) {
      checker.clear();
      await checker.scan(document.body, signal);
    } else {
      checker.pruneDetached(batch.changedText);
      for (const region of batch.regions) await checker.scan(region, signal);
      if (!batch.regions.length) ui.update(checker.shown());
    }
    await scanPending();
  }

  const stopSettings = onSettingsChanged((next) => {
    if (next.disabledSites.includes(location.origin)) stop();
    else checker.applySettings(next);
  });
  // The port breaks when the extension is updated or removed (then this copy must go) and when the
  // service worker is stopped while idle (then reconnect).
  const connect = () => {
    browser.runtime.connect({ name: 'content' }).onDisconnect.addListener(() => {
      if (extensionGone()) stop();
      else if (!signal.aborted) setTimeout(connect, 1000);
    });
  };
  connect();
  document.addEventListener(REPLACED_EVENT, stop, { once: true });

  function stop(): void {
    if (signal.aborted) return;
    controller.abort();
    clearTimeout(reportTimer);
    watcher.disconnect();
    stopSettings();
    checker.dispose();
    ui.dispose();
    document.removeEventListener(REPLACED_EVENT, stop);
    try { report([]); } catch { /* the extension is gone (updated or removed): nothing to tell */ }
  }

  watcher.observe(document.body ?? document.documentElement);
  enqueue(async () => {
    await checker.scan(document.body ?? document.documentElement, signal);
    await scanPending();
  });
}

function extensionGone(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
}

function report(shown: readonly PageMatch[]): void {
  const message: Message = {
    type: 'CS_FINDINGS',
    findings: summariseFindings(shown.flatMap((m) => [m, ...m.others].map((l) => ({
      entryId: l.entry.id,
      tier: l.match.tier,
      severity: severityOf(l.match.tier, l.entry.status),
    })))),
  };
  browser.runtime.sendMessage(message).catch(() => { /* the background is restarting; the next report will land */ });
}

/** Highlight styles do not cross into shadow trees: give each open shadow root its own copy. */
function styleShadowRoot(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Some pages (and Firefox's content-script sandbox) refuse adopted sheets: findings there are still
    // registered, and their markers and the card still show them.
  }
}

void start();
