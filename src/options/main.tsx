/** The settings page: the list in use and updating it, screening a supplier list, sites, and what to show. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettingsState, onSettingsStateChanged, type SettingsState } from '../shared/settings';
import { loadListState, onListChanged, type ListState } from '../shared/active-list';
import { isManaged } from '../shared/policy';
import { t } from '../ui/i18n';
import { ListSection } from './ListSection';
import { ScreeningSection } from './ScreeningSection';
import { SitesSection } from './SitesSection';
import { DisplaySection } from './DisplaySection';

function Options() {
  const [state, setState] = useState<SettingsState | null>(null);
  const [lists, setLists] = useState<ListState | null>(null);
  useEffect(() => {
    void loadSettingsState().then(setState);
    void loadListState().then(setLists);
    const stopSettings = onSettingsStateChanged(setState);
    const stopLists = onListChanged(() => void loadListState().then(setLists));
    return () => { stopSettings(); stopLists(); };
  }, []);
  if (!state || !lists) return null;
  const { policy } = state;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {isManaged(policy) && <p class="policy-note" role="note">{t('optionsLockedNote')}</p>}
      <ListSection lists={lists} importAllowed={policy.allowImport && !policy.lockSettings} />
      <ScreeningSection dataset={lists.current.dataset} />
      <SitesSection state={state} />
      <DisplaySection state={state} />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
