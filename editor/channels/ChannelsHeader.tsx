import { useId } from 'react';
import { builtInOptions, savedOptions } from './catalog';
import { NEW_MAPPING } from './channel-texts';
import type { SavedMappingRow } from './db';
import type { ChannelsT } from './i18n';

export interface ChannelsHeaderProps {
  readonly chosen: string;
  readonly saved: readonly SavedMappingRow[];
  readonly onChoose: (key: string) => void;
  readonly onClose?: () => void;
  readonly t: ChannelsT;
}

/** The page title, the channel picker (built-ins, saved mappings, a new one) and Close. */
export function ChannelsHeader({ chosen, saved, onChoose, onClose, t }: ChannelsHeaderProps) {
  const selectId = useId();
  return (
    <div className="ch-header">
      <h2 id="ch-title">{t('title')}</h2>
      <label className="ch-pick" htmlFor={selectId}>
        {t('channel')}
      </label>
      <select id={selectId} value={chosen} onChange={(e) => onChoose(e.target.value)}>
        <optgroup label={t('builtInGroup')}>
          {builtInOptions().map((o) => (
            <option key={o.key} value={o.key}>
              {o.channel} — {o.title}
            </option>
          ))}
        </optgroup>
        {saved.length > 0 && (
          <optgroup label={t('savedGroup')}>
            {savedOptions(saved).map((o) => (
              <option key={o.key} value={o.key}>
                {o.channel} — {o.title} {t('savedSuffix')}
              </option>
            ))}
          </optgroup>
        )}
        <option value={NEW_MAPPING}>{t('newMapping')}</option>
      </select>
      <span className="ch-spacer" />
      {onClose && (
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      )}
    </div>
  );
}
