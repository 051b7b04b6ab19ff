import { useId, useMemo, useRef, useState } from 'react';
import { outputsOf } from '../canvas/ports';
import { useLocale, useT } from '../i18n/use-t';
import { useEditor, useEditorApi } from '../store/EditorProvider';
import { useModal } from './use-modal';

/**
 * "Connect to…" (key C on a selected card): links an output of the card to another step without a
 * mouse. The store checks the link like a drag would (loops, taken outputs) and says why it refuses.
 */
export function ConnectDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const api = useEditorApi();
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  const dialog = useRef<HTMLDivElement>(null);
  const portId = useId();
  const targetId = useId();
  useModal(dialog, onClose);
  const source = flow.nodes.find((n) => n.id === sourceId);
  const definition = source && registry.get(source.type);
  const ports = useMemo(() => (source && definition ? outputsOf(definition, source.config) : []), [source, definition]);
  const name = (id: string) => {
    const node = flow.nodes.find((n) => n.id === id);
    return node?.name || (node && registry.get(node.type)?.title[locale]) || id;
  };
  const targets = flow.nodes.filter((n) => n.id !== sourceId && (registry.get(n.type)?.hasInput ?? true));
  const free = ports.find((p) => !flow.edges.some((e) => e.source === sourceId && e.sourcePort === p.id));
  const [port, setPort] = useState(free?.id ?? ports[0]?.id ?? '');
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const connect = () => {
    const result = api.getState().connect({ source: sourceId, sourcePort: port, target });
    if (result.ok) onClose();
  };
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="dialog dialog-small"
        role="dialog"
        aria-modal="true"
        aria-labelledby="connect-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="connect-title">{t('connectDialog.title', { name: name(sourceId) })}</h2>
        {ports.length === 0 || targets.length === 0 ? (
          <p>{t('connectDialog.nothing')}</p>
        ) : (
          <div className="dialog-form">
            <label htmlFor={portId}>{t('connectDialog.output')}</label>
            <select id={portId} className="input" value={port} onChange={(e) => setPort(e.target.value)}>
              {ports.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label[locale]}
                </option>
              ))}
            </select>
            <label htmlFor={targetId}>{t('connectDialog.target')}</label>
            <select id={targetId} className="input" value={target} onChange={(e) => setTarget(e.target.value)}>
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {name(n.id)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          {ports.length > 0 && targets.length > 0 && (
            <button type="button" className="button primary" onClick={connect}>
              {t('connectDialog.connect')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
