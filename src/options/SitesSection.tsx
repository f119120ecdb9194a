/** The portals checked by default, the sites the user (or the organisation) added, and sites switched off. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PORTALS } from '../shared/portals';
import { setSiteAdded, switchSite, type SettingsState } from '../shared/settings';
import { t } from '../ui/i18n';

const host = (origin: string) => new URL(origin).host;

function originOf(text: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text.trim()) ? text.trim() : `https://${text.trim()}`);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

export function SitesSection({ state }: { state: SettingsState }) {
  const { own, policy, settings } = state;
  const locked = policy.lockSettings;
  const [granted, setGranted] = useState<Set<string>>(new Set());
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void Promise.all(settings.addedSites.map(async (o) => ((await browser.permissions.contains({ origins: [`${o}/*`] })) ? o : ''))).then((ok) => setGranted(new Set(ok.filter(Boolean))));
  }, [settings.addedSites.join()]);

  // Permission prompts need the click itself, so the request comes first.
  const allow = async (origin: string) => {
    if (await browser.permissions.request({ origins: [`${origin}/*`] })) setGranted(new Set([...granted, origin]));
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const origin = originOf(address);
    if (!origin) return setError(t('optionsSitesBadAddress', address));
    setError('');
    if (!(await browser.permissions.request({ origins: [`${origin}/*`] }))) return;
    await setSiteAdded(origin, true);
    setAddress('');
  };
  const remove = async (origin: string) => {
    await setSiteAdded(origin, false);
    await browser.permissions.remove({ origins: [`${origin}/*`] });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <details>
        <summary>{t('optionsSitesPortals', String(PORTALS.length))}</summary>
        <ul>{PORTALS.map((p) => <li key={p.name}>{p.name} <span class="hint-inline">{p.matches.join(', ')}</span></li>)}</ul>
      </details>
      <h3>{t('optionsSitesAdded')}</h3>
      {settings.addedSites.length ? (
        <ul class="sites">
          {settings.addedSites.map((origin) => {
            const byPolicy = policy.extraSites.includes(origin) && !own.addedSites.includes(origin);
            return (
              <li key={origin}>
                {host(origin)}
                {byPolicy && <span class="tag"> · {t('optionsSitesByPolicy')}</span>}
                {!granted.has(origin) && <> · {t('optionsSitesNeedsPermission')} <button type="button" onClick={() => void allow(origin)}>{t('optionsSitesAllow')}</button></>}
                {!byPolicy && !locked && <button type="button" onClick={() => void remove(origin)}>{t('optionsSitesRemove', host(origin))}</button>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('optionsSitesAddedNone')}</p>
      )}
      {!locked && (
        <form onSubmit={(e) => void add(e)}>
          <label for="site-address">{t('optionsSitesAddLabel')}</label>
          <input id="site-address" type="url" inputMode="url" placeholder="https://" value={address} aria-invalid={!!error} aria-describedby="site-error" onInput={(e) => setAddress(e.currentTarget.value)} />{' '}
          <button type="submit">{t('optionsSitesAdd')}</button>
          <p id="site-error" role="alert" class="error">{error}</p>
        </form>
      )}
      <h3>{t('optionsSitesOff')}</h3>
      {settings.disabledSites.length ? (
        <ul class="sites">
          {settings.disabledSites.map((origin) => {
            const byPolicy = policy.neverSites.includes(origin);
            return (
              <li key={origin}>
                {host(origin)}
                {byPolicy ? <span class="tag"> · {t('optionsSitesByPolicy')}</span> : !locked && <button type="button" onClick={() => void switchSite(origin, true)}>{t('optionsSitesTurnOn', host(origin))}</button>}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('optionsSitesOffNone')}</p>
      )}
    </section>
  );
}
