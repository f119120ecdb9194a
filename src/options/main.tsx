/** The settings page: what WRO Lens shows on pages. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bundledDataset } from '../data';
import { formatDate } from '../core/describe';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, saveSettings, type Settings } from '../shared/settings';
import { t } from '../ui/i18n';

type DisplayKey = 'showLifted' | 'showPossible' | 'showRegion';

const DISPLAY: { key: DisplayKey; label: string; hint: string }[] = [
  { key: 'showLifted', label: 'optionsShowLifted', hint: 'optionsShowLiftedHint' },
  { key: 'showPossible', label: 'optionsShowPossible', hint: 'optionsShowPossibleHint' },
  { key: 'showRegion', label: 'optionsShowRegion', hint: 'optionsShowRegionHint' },
];

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsListInUse', formatDate(bundledDataset.asOf), bundledDataset.version)}</p>
      <h2 id="display">{t('optionsDisplay')}</h2>
      <fieldset aria-labelledby="display">
        {DISPLAY.map(({ key, label, hint }) => (
          <div key={key}>
            <label>
              <input
                type="checkbox"
                name={key}
                checked={settings[key]}
                aria-describedby={`${key}-hint`}
                onChange={(e) => void saveSettings({ [key]: e.currentTarget.checked })}
              />{' '}
              {t(label)}
            </label>
            <p class="hint" id={`${key}-hint`}>{t(hint)}</p>
          </div>
        ))}
      </fieldset>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
