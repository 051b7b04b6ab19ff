import type { Locale } from '../../runtime/index';
import { ArrayRuleEditor } from './ArrayRuleEditor';
import { defaultField } from './FieldPicker';
import { GROUP_LABELS, msg } from './RuleBuilder.i18n';
import type { GroupOp, RuleGroup, RuleNode } from './rule-tree';
import { RuleEditor } from './RuleEditor';
import { addChild, newRule, removeChild, setChild } from './tree-edit';

interface Props {
  readonly group: RuleGroup;
  /** undefined = order fields; an array field's path inside "any item where …". */
  readonly scope: string | undefined;
  readonly onChange: (group: RuleGroup) => void;
  readonly locale: Locale;
  readonly currency: string;
}

function NodeEditor({
  node,
  scope,
  onChange,
  locale,
  currency,
}: Omit<Props, 'group' | 'onChange'> & { node: RuleNode; onChange: (node: RuleNode) => void }) {
  if (node.kind === 'group')
    return <GroupEditor group={node} scope={scope} onChange={onChange} locale={locale} currency={currency} />;
  if (node.kind === 'array')
    return <ArrayRuleEditor rule={node} onChange={onChange} locale={locale} currency={currency} />;
  return <RuleEditor rule={node} scope={scope} onChange={onChange} locale={locale} currency={currency} />;
}

/** An and/or group: its conditions, nested groups, and buttons to add more. */
export function GroupEditor({ group, scope, onChange, locale, currency }: Props) {
  const firstRule = () => newRule(defaultField(scope), currency);
  return (
    <div
      className="of-rb-group"
      role="group"
      style={{ borderLeft: '2px solid #c9d2e0', paddingLeft: 8, margin: '4px 0' }}
    >
      {group.children.length > 1 ? (
        <select
          className="of-rb-select"
          aria-label="and / or"
          value={group.op}
          onChange={(e) => onChange({ ...group, op: e.target.value as GroupOp })}
        >
          {(['and', 'or'] as const).map((op) => (
            <option key={op} value={op}>
              {GROUP_LABELS[op][locale]}
            </option>
          ))}
        </select>
      ) : group.children.length === 0 ? (
        <p className="of-rb-hint">{msg(scope === undefined ? 'always' : 'emptyInner', locale)}</p>
      ) : null}
      <ul className="of-rb-children" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {group.children.map((child, index) => (
          <li
            key={index}
            className="of-rb-child"
            style={{ display: 'flex', gap: 4, alignItems: 'flex-start', margin: '2px 0' }}
          >
            <div style={{ flex: 1, minWidth: 0 }}>
              <NodeEditor
                node={child}
                scope={scope}
                locale={locale}
                currency={currency}
                onChange={(node) => onChange(setChild(group, index, node))}
              />
            </div>
            <button
              type="button"
              className="of-rb-remove"
              aria-label={msg('remove', locale)}
              title={msg('remove', locale)}
              onClick={() => onChange(removeChild(group, index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange(addChild(group, firstRule()))}>
        {msg('addRule', locale)}
      </button>{' '}
      <button
        type="button"
        onClick={() => onChange(addChild(group, { kind: 'group', op: 'or', children: [firstRule()] }))}
      >
        {msg('addGroup', locale)}
      </button>
    </div>
  );
}
