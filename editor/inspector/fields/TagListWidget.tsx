import { useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-labels';
import type { WidgetProps } from './widget-props';

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A fixed set of allowed values (an enum) is a row of toggles; free text is chips plus an input. */
export function TagListWidget({
  id,
  field,
  value,
  onChange,
  invalid,
  suggestions,
}: WidgetProps & { suggestions?: readonly string[] }) {
  const t = useT();
  const locale = useLocale();
  const [draft, setDraft] = useState('');
  const tags = asList(value);
  if (field.options) {
    const toggle = (option: string) =>
      onChange(tags.includes(option) ? tags.filter((x) => x !== option) : [...tags, option]);
    return (
      <div id={id} className="toggles" role="group" aria-invalid={invalid}>
        {field.options.map((option) => (
          <button
            key={option}
            type="button"
            className={`chip${tags.includes(option) ? ' is-on' : ''}`}
            aria-pressed={tags.includes(option)}
            onClick={() => toggle(option)}
          >
            {valueLabel(option, locale)}
          </button>
        ))}
      </div>
    );
  }
  const add = (raw: string) => {
    const fresh = raw
      .split(/[,，\n]/)
      .map((s) => s.trim())
      .filter((s) => s && !tags.includes(s));
    if (fresh.length > 0) onChange([...tags, ...fresh]);
    setDraft('');
  };
  const listId = `${id}-suggestions`;
  return (
    <div className="tags" aria-invalid={invalid}>
      {tags.map((tag, i) => (
        <span key={`${tag}-${i}`} className="chip is-on">
          {tag}
          <button
            type="button"
            className="chip-remove"
            aria-label={`${t('inspector.remove')} ${tag}`}
            onClick={() => onChange(tags.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        className="tags-input"
        value={draft}
        list={suggestions ? listId : undefined}
        placeholder={t('inspector.tagPlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft && add(draft)}
        onKeyDown={(e) => {
          // Chinese IMEs use Enter to confirm a composition; only a finished word becomes a tag.
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) onChange(tags.slice(0, -1));
        }}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      )}
    </div>
  );
}
