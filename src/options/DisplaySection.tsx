/** What WRO Lens shows on pages; a setting the organisation decided is shown, disabled, with a note. */
import { DISPLAY_KEYS, isLocked, saveSettings, type DisplayKey, type SettingsState } from '../shared/settings';
import { t } from '../ui/i18n';

const TEXT: Record<DisplayKey, { label: string; hint: string }> = {
  showLifted: { label: 'optionsShowLifted', hint: 'optionsShowLiftedHint' },
  showPossible: { label: 'optionsShowPossible', hint: 'optionsShowPossibleHint' },
  showRegion: { label: 'optionsShowRegion', hint: 'optionsShowRegionHint' },
};

export function DisplaySection({ state }: { state: SettingsState }) {
  return (
    <section aria-labelledby="display">
      <h2 id="display">{t('optionsDisplay')}</h2>
      <fieldset aria-labelledby="display">
        {DISPLAY_KEYS.map((key) => {
          const locked = isLocked(state.policy, key);
          return (
            <div key={key}>
              <label>
                <input
                  type="checkbox"
                  name={key}
                  checked={state.settings[key]}
                  disabled={locked}
                  aria-describedby={`${key}-hint${locked ? ` ${key}-locked` : ''}`}
                  onChange={(e) => void saveSettings({ [key]: e.currentTarget.checked })}
                />{' '}
                {t(TEXT[key].label)}
              </label>
              {locked && <p class="locked" id={`${key}-locked`}>{t('optionsLocked')}</p>}
              <p class="hint" id={`${key}-hint`}>{t(TEXT[key].hint)}</p>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
