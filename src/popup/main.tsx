/**
 * Toolbar popup: what WRO Lens found on the current tab (choose one to see it on the page), a lookup of
 * any company, checking a page it does not check by default, and the switch for this site.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Dataset, Entry } from '../core/schema';
import { loadActiveList } from '../shared/active-list';
import type { PageFinding } from '../core/findings';
import type { TabFindings } from '../shared/tab-findings';
import type { Lookup } from '../core/lookup';
import { formatDate } from '../core/describe';
import { PENDING_LOOKUP_KEY, type Message } from '../shared/messages';
import { isPortalUrl } from '../shared/portals';
import { loadSettings, switchSite, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';
import { FindingsList } from './FindingsList';
import { LookupPanel } from './LookupPanel';
import { EntryView } from './EntryView';

interface TargetTab {
  id: number;
  url?: string;
}

/** The tab to inspect: `?tab=ID` when opened as a page (tests, or a lookup opened in a tab), else the active tab. */
async function targetTab(): Promise<TargetTab | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab = fromQuery ? await browser.tabs.get(fromQuery) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || tab.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  return { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** A query handed over by the context menu ("Check “…” with WRO Lens"), once. */
async function pendingQuery(): Promise<string> {
  const stored = (await browser.storage.session.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY];
  if (typeof stored !== 'string') return '';
  await browser.storage.session.remove(PENDING_LOOKUP_KEY);
  return stored;
}

function CheckOffer({ tab, onChecking }: { tab: TargetTab; onChecking: () => void }) {
  const origin = tab.url ? new URL(tab.url).origin : undefined;
  if (!origin || !/^https?:/.test(origin)) return <p class="note">{t('popupCannotCheck')}</p>;
  const check = async () => {
    onChecking();
    await send({ type: 'UI_CHECK_TAB', tabId: tab.id });
  };
  const always = async () => {
    // Asked from the click itself: browsers grant optional permissions only in a user gesture.
    if (!(await browser.permissions.request({ origins: [`${origin}/*`] }))) return;
    onChecking();
    await send({ type: 'UI_ADD_SITE', origin, tabId: tab.id });
  };
  return (
    <div class="offer">
      <p class="note">{t('popupNotChecked')}</p>
      <button type="button" onClick={() => void check()}>{t('popupCheckPage')}</button>
      <button type="button" onClick={() => void always()}>{t('popupAlwaysCheck')}</button>
    </div>
  );
}

function SiteSwitch({ origin, settings }: { origin: string; settings: Settings }) {
  const on = !settings.disabledSites.includes(origin);
  const toggle = (enable: boolean) => void switchSite(origin, enable);
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => toggle(e.currentTarget.checked)} />
      {` ${t('popupSiteSwitch', new URL(origin).host)}`}
    </label>
  );
}

function Popup({ initialQuery, list }: { initialQuery: string; list: Dataset }) {
  const entries = useMemo(() => new Map(list.entries.map((e) => [e.id, e])), [list]);
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [findings, setFindings] = useState<PageFinding[] | null>(null);
  const [reportedOrigin, setReportedOrigin] = useState<string | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [checking, setChecking] = useState(false);
  const [open, setOpen] = useState<Entry | null>(null);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [query, setQuery] = useState(initialQuery);
  const search = useCallback((q: string) => lookup?.search(q) ?? [], [lookup]);

  useEffect(() => {
    let tabId: number | undefined;
    void loadSettings().then(setSettings);
    void targetTab().then(async (found) => {
      setTab(found ?? null);
      if (!found) return setFindings([]);
      tabId = found.id;
      const known = (await send({ type: 'UI_GET_TAB_FINDINGS', tabId: found.id })) as TabFindings;
      setFindings(known.findings);
      setReportedOrigin(known.origin);
    });
    // The lookup (the matcher and fuse.js) loads after the first paint, so the popup opens at once.
    let closed = false;
    void import('../core/lookup').then(({ createLookup }) => { if (!closed) setLookup(createLookup(list)); });
    // A lookup handed over by the context menu.
    if (!initialQuery) void pendingQuery().then((q) => { if (q && !closed) setQuery(q); });
    // Findings and settings change while the popup is open: follow them.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void loadSettings().then(setSettings);
      if (area === 'session' && tabId !== undefined && `findings:${tabId}` in changes) {
        void send({ type: 'UI_GET_TAB_FINDINGS', tabId }).then((known) => {
          setFindings((known as TabFindings).findings);
          setChecking(false);
        });
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      closed = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  // The tab's URL is known when the popup was opened from the toolbar (activeTab); otherwise the page's
  // own report names its site.
  const origin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : reportedOrigin;
  const checkedByDefault = !!origin && !!settings && (isPortalUrl(`${origin}/`) || settings.addedSites.includes(origin));

  if (open) return <EntryView entry={open} asOf={list.asOf} onBack={() => setOpen(null)} />;
  return (
    <>
      <header>
        <h1>WRO Lens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupSettings')}</button>
      </header>
      {findings === null ? null : findings.length === 0 ? (
        <p>{checking ? t('popupChecking') : t('popupNoFindings')}</p>
      ) : (
        <FindingsList findings={findings} entries={entries} onReveal={(entryId) => tab && void send({ type: 'UI_REVEAL', tabId: tab.id, entryId })} />
      )}
      {tab && settings && !checkedByDefault && findings?.length === 0 && <CheckOffer tab={tab} onChecking={() => setChecking(true)} />}
      {origin && settings && checkedByDefault && <SiteSwitch origin={origin} settings={settings} />}
      <LookupPanel key={query} search={search} ready={!!lookup} asOf={list.asOf} initialQuery={query} onOpen={setOpen} />
      <p class="as-of">{t('popupAsOf', formatDate(list.asOf), list.version)}</p>
    </>
  );
}

const { dataset } = await loadActiveList();
render(<Popup list={dataset} initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />, document.getElementById('app')!);
// From navigation start to the first render, on the popup's own timeline (read by npm run bench).
performance.measure('wro-lens:popup-ready', { start: 0, end: performance.now() });
