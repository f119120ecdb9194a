/**
 * Content script: checks the page for listed suppliers unless the user switched WRO Lens off for this
 * site, follows that switch both ways, answers the popup's "show me", and goes away cleanly when the
 * extension is updated or removed. Runs on the default portals, on sites the user added, and where the
 * user asks.
 */
import browser from 'webextension-polyfill';
import { isMessage } from '../shared/messages';
import { loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { loadActiveList, onListChanged } from '../shared/active-list';
import { supportsHighlights } from './highlights';
import { checkPage, report, type PageCheck } from './check-page';

/** Fired on the document when a newer copy of this script starts (a second injection, or an update). */
const REPLACED_EVENT = 'wro-lens:replaced';

async function main(): Promise<void> {
  document.dispatchEvent(new CustomEvent(REPLACED_EVENT));
  if (!supportsHighlights()) return;
  let check: Promise<PageCheck> | null = null;
  let gone = false;
  let [list, settings] = await Promise.all([loadActiveList(), loadSettings()]);

  const follow = (next: Settings) => {
    settings = next;
    const off = settings.disabledSites.includes(location.origin);
    if (off && check) {
      void check.then((c) => c.stop());
      check = null;
      report([]);
    } else if (off) {
      report([]);
    } else if (check) {
      void check.then((c) => c.applySettings(settings));
    } else {
      check = checkPage(settings, list.dataset);
    }
  };
  follow(settings);
  const stopSettings = onSettingsChanged((s) => { if (!gone) follow(s); });
  // A new list (imported, rolled back, reset) means a new matcher: check the page again with it.
  const stopList = onListChanged(async () => {
    list = await loadActiveList();
    if (gone || !check) return;
    void check.then((c) => c.stop());
    check = checkPage(settings, list.dataset);
  });

  const onMessage = async (message: unknown) => {
    if (!isMessage(message) || message.type !== 'BG_REVEAL' || !check) return undefined;
    return (await check).reveal(message.entryId) || undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const quit = () => {
    if (gone) return;
    gone = true;
    stopSettings();
    stopList();
    browser.runtime.onMessage.removeListener(onMessage);
    document.removeEventListener(REPLACED_EVENT, quit);
    void check?.then((c) => c.stop());
    try { report([]); } catch { /* the extension is gone (updated or removed): nothing to tell */ }
  };
  // The port breaks when the extension is updated or removed (then this copy must go) and when the
  // service worker is stopped while idle (then reconnect).
  const connect = () => {
    browser.runtime.connect({ name: 'content' }).onDisconnect.addListener(() => {
      if (extensionGone()) quit();
      else if (!gone) setTimeout(connect, 1000);
    });
  };
  connect();
  document.addEventListener(REPLACED_EVENT, quit, { once: true });
}

function extensionGone(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
}

void main();
