import type { Locale } from '../../runtime/node/index';
import type { DecisionTableConfig } from './table.schema';

const POLICY = {
  en: { unique: 'unique', first: 'first hit', priority: 'priority', collect: 'collect' },
  zh: { unique: '唯一', first: '首个命中', priority: '优先级', collect: '收集' },
} as const;

/** "Decision table: customer.tier × channel → discount (4 rows, unique)" for the canvas card. */
export function tableSummary(config: DecisionTableConfig, locale: Locale): string {
  const ins = config.inputs.map((c) => c.label || c.field || c.lookup?.table || c.id).join(' × ');
  const outs = config.outputs.map((c) => c.label || c.id).join(', ');
  const policy =
    config.hitPolicy === 'collect' && config.aggregate !== 'list'
      ? `${POLICY[locale].collect} ${config.aggregate}`
      : POLICY[locale][config.hitPolicy];
  return locale === 'en'
    ? `${ins} → ${outs} (${config.rows.length} rows, ${policy}${config.perLine ? ', per line' : ''})`
    : `${ins} → ${outs}（${config.rows.length} 行，${policy}${config.perLine ? '，逐行' : ''}）`;
}
