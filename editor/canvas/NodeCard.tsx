import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, type ComponentType } from 'react';
import type { AnyNodeDefinition } from '../../runtime/index';
import { TableCardPreview } from '../decision-table/TableCardPreview';
import { useT } from '../i18n/use-t';
import { Icon } from '../node-views/icons';
import { appViews } from '../app-views';
import { useEditor } from '../store/EditorProvider';
import { cardSummary } from './card-summary';
import { outputsOf } from './ports';
import type { CardNode } from './to-react-flow';

/** The card body shared by every node type; `definition` is null for a type the registry lacks. */
function Card({ id, data, selected, definition }: NodeProps<CardNode> & { definition: AnyNodeDefinition | null }) {
  const t = useT();
  const look = appViews.lookOf(definition ?? undefined);
  const locale = useEditor((s) => s.locale);
  const { node, problems, strayPorts, hits, highlighted, current } = data;
  const ports = useMemo(() => (definition ? outputsOf(definition, node.config) : []), [definition, node.config]);
  const summary = useMemo(
    () => (definition ? cardSummary(definition, node.config, locale) : null),
    [definition, node.config, locale],
  );
  const title = definition ? definition.title[locale] : node.type;
  const errors = problems.filter((p) => p.severity === 'error').length;
  // Handles are measured once; when a switch gains a case React Flow must measure them again.
  // Not on mount: React Flow measures new nodes itself, and an early call would make the initial
  // fit-view run before the other cards have sizes.
  const updateInternals = useUpdateNodeInternals();
  const portKey = [...ports.map((p) => p.id), ...strayPorts].join('\u0000');
  const measuredPorts = useRef(portKey);
  useEffect(() => {
    if (measuredPorts.current === portKey) return;
    measuredPorts.current = portKey;
    updateInternals(id);
  }, [id, portKey, updateInternals]);

  const classes = [
    'card',
    selected && 'is-selected',
    problems.length > 0 && (errors > 0 ? 'is-invalid' : 'is-warned'),
    highlighted && 'is-highlighted',
    current && 'is-current',
    !definition && 'is-unknown',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ '--accent': look.accent } as React.CSSProperties}
      data-testid={`card-${id}`}
    >
      {(definition?.hasInput ?? true) && <Handle type="target" position={Position.Left} className="card-in" />}
      <header className="card-head">
        <span className="card-icon">
          <Icon name={look.icon} />
        </span>
        <span className="card-titles">
          <span className="card-title" {...(node.name ? { 'data-user-text': '' } : {})}>
            {node.name || title}
          </span>
          {node.name && <span className="card-type">{title}</span>}
        </span>
        {problems.length > 0 && (
          <span
            className={`badge ${errors > 0 ? 'badge-error' : 'badge-warning'}`}
            title={problems.map((p) => p.message).join('\n')}
          >
            {t('canvas.problems', { n: problems.length })}
          </span>
        )}
        {hits !== undefined && (
          <span className="badge badge-hits" title={t('canvas.hits', { n: hits })}>
            {hits}
          </span>
        )}
      </header>
      {definition?.type === 'decision-table' && summary !== null ? (
        <TableCardPreview nodeId={id} config={node.config} />
      ) : (
        <p className="card-summary">
          {summary?.json && (
            <span className="card-json-badge" title={t('card.jsonBadge')}>
              JSON
            </span>
          )}
          {!definition ? t('canvas.unknownType', { type: node.type }) : (summary?.text ?? t('canvas.invalidConfig'))}
        </p>
      )}
      {summary?.warning && (
        <p className="card-warning" role="note">
          ⚠ {summary.warning}
        </p>
      )}
      {(ports.length > 0 || strayPorts.length > 0) && (
        <ul className="card-ports">
          {ports.map((port) => (
            <li key={port.id} className="card-port">
              <span className="card-port-label">{port.label[locale]}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={port.id}
                className={port.required ? 'card-out is-required' : 'card-out'}
              />
            </li>
          ))}
          {strayPorts.map((port) => (
            <li key={port} className="card-port is-stray">
              <span className="card-port-label">{port}</span>
              <Handle type="source" position={Position.Right} id={port} className="card-out" isConnectable={false} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One memoized component per node type, so React Flow's nodeTypes map stays stable. */
export function createCardComponent(definition: AnyNodeDefinition | null): ComponentType<NodeProps<CardNode>> {
  const TypedCard = (props: NodeProps<CardNode>) => <Card {...props} definition={definition} />;
  TypedCard.displayName = `Card(${definition?.type ?? 'unknown'})`;
  return memo(TypedCard);
}
