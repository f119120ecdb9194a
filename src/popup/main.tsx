/** Toolbar popup: what WRO Lens found on the current tab, and checking a page it does not check by default. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { bundledDataset } from '../data';
import type { PageFinding } from '../core/findings';
import { formatDate, statusLine, TIER_LABELS } from '../core/describe';
import type { Message } from '../shared/messages';
import { isPortalUrl } from '../shared/portals';
import { loadSettings } from '../shared/settings';
import { t } from '../ui/i18n';

const entries = new Map(bundledDataset.entries.map((e) => [e.id, e]));

interface TargetTab {
  id: number;
  url?: string;
}

/** The tab to inspect: `?tab=ID` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<TargetTab | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, ...(tab.url ? { url: tab.url } : {}) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

async function tabFindings(tabId: number): Promise<PageFinding[]> {
  const message: Message = { type: 'UI_GET_TAB_FINDINGS', tabId };
  return (await browser.runtime.sendMessage(message)) as PageFinding[];
}

function CheckOffer({ tab, onChecking }: { tab: TargetTab; onChecking: () => void }) {
  const origin = tab.url ? new URL(tab.url).origin : undefined;
  if (!origin || !/^https?:/.test(origin)) return <p class="note">{t('popupCannotCheck')}</p>;
  const check = async () => {
    onChecking();
    const message: Message = { type: 'UI_CHECK_TAB', tabId: tab.id };
    await browser.runtime.sendMessage(message);
  };
  const always = async () => {
    // Asked from the click itself: browsers grant optional permissions only in a user gesture.
    if (!(await browser.permissions.request({ origins: [`${origin}/*`] }))) return;
    onChecking();
    const message: Message = { type: 'UI_ADD_SITE', origin, tabId: tab.id };
    await browser.runtime.sendMessage(message);
  };
  return (
    <div class="offer">
      <p class="note">{t('popupNotChecked')}</p>
      <button type="button" onClick={() => void check()}>{t('popupCheckPage')}</button>
      <button type="button" onClick={() => void always()}>{t('popupAlwaysCheck')}</button>
    </div>
  );
}

function Popup() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [findings, setFindings] = useState<PageFinding[] | null>(null);
  const [checkedHere, setCheckedHere] = useState(false);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    let tabId: number | undefined;
    void targetTab().then(async (found) => {
      setTab(found ?? null);
      if (!found) return setFindings([]);
      tabId = found.id;
      const settings = await loadSettings();
      const origin = found.url ? new URL(found.url).origin : '';
      setCheckedHere(!!found.url && (isPortalUrl(found.url) || settings.addedSites.includes(origin)));
      setFindings(await tabFindings(found.id));
    });
    // Findings arrive in session storage as the page is checked: follow them while the popup is open.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== undefined && `findings:${tabId}` in changes) {
        void tabFindings(tabId).then((f) => {
          setFindings(f);
          setChecking(false);
        });
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <>
      <h1>WRO Lens</h1>
      {findings === null ? null : findings.length === 0 ? (
        <p>{checking ? t('popupChecking') : t('popupNoFindings')}</p>
      ) : (
        <ul aria-label={t('popupFindingsLabel')}>
          {findings.map((f) => {
            const entry = entries.get(f.entryId);
            return (
              <li key={f.entryId} class={`sev-${f.severity}`}>
                <div class="name">{entry?.name ?? f.entryId}</div>
                <div class="meta">{`${TIER_LABELS[f.tier]} · ${entry ? statusLine(entry) : ''} · ${t('popupOccurrences', String(f.occurrences))}`}</div>
              </li>
            );
          })}
        </ul>
      )}
      {tab && !checkedHere && findings?.length === 0 && <CheckOffer tab={tab} onChecking={() => setChecking(true)} />}
      <p class="as-of">{t('popupAsOf', formatDate(bundledDataset.asOf), bundledDataset.version)}</p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
