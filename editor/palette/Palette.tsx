import { useStoreApi, useReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import type { AnyNodeDefinition } from '../../runtime/index';
import { useT } from '../i18n/use-t';
import { Icon } from '../node-views/icons';
import { appViews } from '../app-views';
import { useEditor } from '../store/EditorProvider';
import { searchPalette } from './palette-search';

/** The drag payload type; the canvas reads it on drop. */
export const DRAG_TYPE = 'application/x-orderflow-node-type';
/** Half a card, so a dropped or added card is centred where it lands. */
export const CARD_OFFSET = { x: 120, y: 40 };

/** Left panel: every node type, grouped and searchable; drag one onto the canvas or click to add. */
export function Palette() {
  const t = useT();
  const locale = useEditor((s) => s.locale);
  const registry = useEditor((s) => s.registry);
  const addNode = useEditor((s) => s.addNode);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => searchPalette(registry.list(), query, locale), [registry, query, locale]);
  const flowApi = useReactFlow();
  const flowStore = useStoreApi();

  const addAtCentre = (definition: AnyNodeDefinition) => {
    const rect = flowStore.getState().domNode?.getBoundingClientRect();
    const centre = rect
      ? flowApi.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
      : { x: 0, y: 0 };
    addNode(definition.type, { x: centre.x - CARD_OFFSET.x, y: centre.y - CARD_OFFSET.y }, { avoidOverlap: true });
  };

  return (
    <aside className="panel palette" aria-label={t('palette.title')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <input
        className="input palette-search"
        type="search"
        placeholder={t('palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label={t('palette.search')}
      />
      <div className="panel-body">
        {groups.length === 0 && <p className="muted">{t('palette.empty', { q: query })}</p>}
        {groups.map((group) => (
          <section key={group.category} className="palette-group">
            <h3 className="palette-group-title">{group.label}</h3>
            {group.items.map((definition) => {
              const look = appViews.lookOf(definition);
              return (
                <button
                  key={definition.type}
                  type="button"
                  className="palette-item"
                  draggable
                  title={`${definition.description[locale]}\n${t('palette.hint')}`}
                  style={{ '--accent': look.accent } as React.CSSProperties}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, definition.type);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => addAtCentre(definition)}
                >
                  <span className="palette-icon">
                    <Icon name={look.icon} />
                  </span>
                  <span className="palette-text">
                    <span className="palette-name">{definition.title[locale]}</span>
                    <span className="palette-alt" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
                      {definition.title[locale === 'zh' ? 'en' : 'zh']}
                    </span>
                  </span>
                </button>
              );
            })}
          </section>
        ))}
      </div>
    </aside>
  );
}
