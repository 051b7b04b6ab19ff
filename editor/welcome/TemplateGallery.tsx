import { useId, useMemo, useState } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { fillPlaceholders } from '../i18n/translate';
import { searchTemplates, templateCards } from './template-gallery-model';
import { TemplatePreview } from './TemplatePreview';
import { WELCOME_MESSAGES, type WelcomeMessage } from './welcome.i18n';

export interface TemplateGalleryProps {
  readonly templates: readonly Flow[];
  readonly registry: NodeRegistry;
  readonly locale: Locale;
  readonly onPick: (template: Flow) => void;
  /** Offers "Empty flow" as the first card. */
  readonly onBlank?: () => void;
}

/** Templates as cards — a miniature of the flow, its name and what it does — with a search over both languages. */
export function TemplateGallery({ templates, registry, locale, onPick, onBlank }: TemplateGalleryProps) {
  const t = (key: WelcomeMessage, params?: Record<string, string | number>) =>
    fillPlaceholders(WELCOME_MESSAGES[key][locale], params);
  const [query, setQuery] = useState('');
  const headingId = useId();
  const cards = useMemo(() => templateCards(templates, locale), [templates, locale]);
  const shown = searchTemplates(cards, query);
  return (
    <section className="of-gallery" aria-labelledby={headingId}>
      <div className="of-gallery-head">
        <h3 id={headingId}>{t('gallery')}</h3>
        <input
          type="search"
          className="input"
          aria-label={t('search')}
          placeholder={t('search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <ul className="of-gallery-grid">
        {onBlank && query.trim() === '' && (
          <li className="of-gallery-card is-blank">
            <div className="of-gallery-blank" aria-hidden="true">
              +
            </div>
            <h4>{t('blank')}</h4>
            <p>{t('blankText')}</p>
            <button type="button" className="button" onClick={onBlank}>
              {t('startBlank')}
            </button>
          </li>
        )}
        {shown.map((card) => (
          <li key={card.flow.id} className="of-gallery-card">
            <TemplatePreview flow={card.flow} registry={registry} label={t('preview', { name: card.name })} />
            <h4 {...(card.asWritten ? { 'data-user-text': '' } : {})}>{card.name}</h4>
            <p {...(card.asWritten ? { 'data-user-text': '' } : {})}>{card.about}</p>
            <small className="muted">{t('steps', { n: card.flow.nodes.length })}</small>
            <button
              type="button"
              className="button primary"
              onClick={() => onPick(card.flow)}
              aria-describedby={`${headingId}-${card.flow.id}`}
            >
              {t('use')}
            </button>
            <span id={`${headingId}-${card.flow.id}`} hidden>
              {card.name}
            </span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{t('noMatch')}</p>}
    </section>
  );
}
