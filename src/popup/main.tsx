/** Toolbar popup: what WRO Lens found on the current tab, and the list's as-of date. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { bundledDataset } from '../data';
import type { PageFinding } from '../core/findings';
import type { Message } from '../shared/messages';
import { TIER_LABELS } from '../core/describe';

const entries = new Map(bundledDataset.entries.map((e) => [e.id, e]));

/** The tab to inspect: `?tab=ID` when opened as a page (tests), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [findings, setFindings] = useState<PageFinding[] | null>(null);
  useEffect(() => {
    void targetTabId().then(async (tabId) => {
      if (tabId === undefined) return setFindings([]);
      const message: Message = { type: 'UI_GET_TAB_FINDINGS', tabId };
      setFindings((await browser.runtime.sendMessage(message)) as PageFinding[]);
    });
  }, []);
  return (
    <>
      <h1>WRO Lens</h1>
      {findings === null ? null : findings.length === 0 ? (
        <p>No listed suppliers found on this page.</p>
      ) : (
        <ul aria-label="Listed suppliers on this page">
          {findings.map((f) => (
            <li key={f.entryId}>
              <div>{entries.get(f.entryId)?.name ?? f.entryId}</div>
              <span class="tier">{TIER_LABELS[f.tier]}</span> · {f.occurrences}×
            </li>
          ))}
        </ul>
      )}
      <p class="as-of">List as of {bundledDataset.asOf} (version {bundledDataset.version})</p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
