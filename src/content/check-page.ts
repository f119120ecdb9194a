/**
 * One check of the page: builds the matcher, scans the page in slices, follows its changes and the
 * fields and editors the user types in, and keeps the highlights, the marker layer and the toolbar badge
 * up to date until stopped.
 */
import browser from 'webextension-polyfill';
import { buildIndexInSteps, type MatcherIndex } from '../core/matcher';
import { summariseFindings } from '../core/findings';
import { severityOf } from '../core/severity';
import type { Dataset } from '../core/schema';
import type { Message } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { PageChecker } from './page-checker';
import { PageWatcher, type ChangeBatch } from './page-watcher';
import { UiLayer } from './ui-layer';
import { HighlightLayer } from './highlights';
import { DraftChecker } from './drafting/draft-checker';
import { isInEditor } from './drafting/draftable';
import type { Finding } from './finding';
import { adapterFor } from './portals';
import { TimeSlicer } from './yield-to-page';
import highlightCss from '../../public/content/highlights.css?raw';

const REPORT_DELAY_MS = 100;

export interface PageCheck {
  applySettings(settings: Settings): void;
  /** Scrolls to the first finding of an entry and opens its card; false when this frame has none. */
  reveal(entryId: string): boolean;
  stop(): void;
}

export async function checkPage(settings: Settings, dataset: Dataset): Promise<PageCheck> {
  const controller = new AbortController();
  const { signal } = controller;
  const indexStart = performance.now();
  const index = await buildIndexSliced(dataset, signal);
  performance.measure('wro-lens:build-index', { start: indexStart, end: performance.now() });
  const ui = new UiLayer(document, dataset.asOf);
  const highlights = new HighlightLayer();
  const pendingShadowRoots = new Set<ShadowRoot>();
  let knownShadowRoots = new WeakSet<ShadowRoot>();
  let reportTimer = 0;

  const reportSoon = () => {
    clearTimeout(reportTimer);
    reportTimer = window.setTimeout(() => report([...checker.shown(), ...drafts.fieldFindings()]), REPORT_DELAY_MS);
  };
  const checker = new PageChecker({
    index,
    settings,
    highlights,
    adapter: adapterFor(location.hostname),
    exclude: new Set([ui.host]),
    onShadowRoot(root) {
      if (knownShadowRoots.has(root)) return;
      knownShadowRoots.add(root);
      pendingShadowRoots.add(root);
    },
    onChange(shown) {
      ui.update(shown);
      drafts.showEditorBadges(shown);
      reportSoon();
    },
  });
  // Editors are followed by the drafting checker, which waits for the user to pause.
  const watcher = new PageWatcher(
    (node) => node === ui.host || ui.host.contains(node) || isInEditor(node),
    (batch) => enqueue(() => applyChanges(batch)),
  );

  // One piece of work at a time: page changes wait for the scan before them.
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((e: unknown) => {
      if (!signal.aborted) console.warn('WRO Lens: a page check failed', e);
    });
  };

  async function scanPending(slicer: TimeSlicer): Promise<void> {
    for (const root of pendingShadowRoots) {
      pendingShadowRoots.delete(root);
      styleShadowRoot(root);
      watcher.observe(root);
      await checker.scan(root, slicer);
    }
  }

  /** Runs one batch of work, then updates the layer and the badge once, and records its cost. */
  async function job(name: string, work: (slicer: TimeSlicer) => Promise<void>): Promise<void> {
    const started = performance.now();
    const slicer = new TimeSlicer(signal);
    await work(slicer);
    await scanPending(slicer);
    checker.notify();
    // On the page's performance timeline (nothing is sent anywhere): benchmarks and DevTools read it.
    performance.measure(name, { start: started, end: performance.now() });
    performance.measure(`${name}-busy`, { start: started, duration: slicer.busyMs() });
    performance.measure(`${name}-longest-slice`, { start: started, duration: slicer.longestSliceMs() });
  }

  const drafts = new DraftChecker(document, {
    index,
    settings,
    ui,
    checker,
    run: (name, work) => enqueue(() => job(name, work)),
    onFieldFindings: reportSoon,
  });

  function applyChanges(batch: ChangeBatch): Promise<void> {
    // Fields may have left the page or moved with it.
    drafts.prune();
    drafts.layoutSoon();
    return job('wro-lens:update', async (slicer) => {
      if (batch.flood) {
        // Everything is found afresh, shadow roots included.
        checker.clear();
        knownShadowRoots = new WeakSet();
        await checker.scan(document.body ?? document.documentElement, slicer);
        drafts.recheckEditors();
        return;
      }
      checker.pruneDetached(batch.changedText);
      await checker.rescan(batch.regions, slicer);
    });
  }

  watcher.observe(document.body ?? document.documentElement);
  enqueue(() => job('wro-lens:scan', (slicer) => checker.scan(document.body ?? document.documentElement, slicer)));

  return {
    applySettings(next) {
      checker.applySettings(next);
      drafts.applySettings(next);
    },
    reveal(entryId) {
      const finding = checker.shown().find((m) => m.entry.id === entryId || m.others.some((o) => o.entry.id === entryId));
      if (finding) ui.reveal(finding);
      return !!finding;
    },
    stop() {
      if (signal.aborted) return;
      controller.abort();
      clearTimeout(reportTimer);
      watcher.disconnect();
      drafts.dispose();
      checker.clear();
      highlights.dispose();
      ui.dispose();
    },
  };
}

/** Builds the matcher's index a few entries at a time, giving the page a turn between steps. */
async function buildIndexSliced(dataset: Dataset, signal: AbortSignal): Promise<MatcherIndex> {
  const slicer = new TimeSlicer(signal);
  const steps = buildIndexInSteps(dataset);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await slicer.maybeYield();
  }
}

export function report(shown: readonly Finding[]): void {
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

