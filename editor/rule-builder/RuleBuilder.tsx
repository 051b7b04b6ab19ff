/**
 * RuleBuilder — a visual editor for a JSONLogic condition, for people who do not write JSON.
 *
 *   <RuleBuilder value={config.expression} onChange={(logic) => setConfig({ ...config, expression: logic })}
 *     locale={locale} currency={flowCurrency} />
 *
 * - value: the JSONLogic (any JSON). `undefined`/`null`/`true` show as an empty group ("always").
 * - onChange(logic): called with canonical JSONLogic after every edit (money in minor units).
 * - locale: 'en' | 'zh' — field names (from FACTS_SHAPE), operators and buttons.
 * - currency?: ISO code for money inputs, typed in major units (default CNY).
 * - rawHeight?: height of the JSON editor (default 220).
 * Logic the builder cannot show exactly (toRules → null) opens in the JSON mode, so nothing is
 * ever silently rewritten; people can also switch to JSON at any time.
 */
import { useMemo, useState } from 'react';
import type { Locale } from '../../runtime/index';
import { GroupEditor } from './GroupEditor';
import { RawLogicEditor } from './RawLogicEditor';
import { msg } from './RuleBuilder.i18n';
import { emptyGroup } from './rule-tree';
import { toLogic } from './to-logic';
import { toRules } from './to-rules';
import { asGroup, fromGroup } from './tree-edit';

export interface RuleBuilderProps {
  readonly value: unknown;
  readonly onChange: (logic: unknown) => void;
  readonly locale: Locale;
  readonly currency?: string;
  readonly rawHeight?: number | string;
}

export function RuleBuilder({ value, onChange, locale, currency = 'CNY', rawHeight = 220 }: RuleBuilderProps) {
  const tree = useMemo(() => (value === undefined || value === null ? emptyGroup() : toRules(value)), [value]);
  const [wantRaw, setWantRaw] = useState(false);
  const raw = wantRaw || tree === null;
  return (
    <div className="of-rule-builder">
      <div className="of-rb-modes" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={!raw}
          disabled={tree === null}
          onClick={() => setWantRaw(false)}
        >
          {msg('visual', locale)}
        </button>
        <button type="button" role="tab" aria-selected={raw} onClick={() => setWantRaw(true)}>
          {msg('raw', locale)}
        </button>
      </div>
      {tree === null && (
        <p className="of-rb-hint" role="status">
          {msg(wantRaw ? 'rawNotVisual' : 'rawOnly', locale)}
        </p>
      )}
      {raw ? (
        <RawLogicEditor value={value} onChange={onChange} locale={locale} height={rawHeight} />
      ) : (
        <GroupEditor
          group={asGroup(tree!)}
          scope={undefined}
          locale={locale}
          currency={currency}
          onChange={(group) => onChange(toLogic(fromGroup(group)))}
        />
      )}
    </div>
  );
}
