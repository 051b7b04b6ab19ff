import type { AnyNodeDefinition, Locale } from '../../runtime/index';
import { translate } from '../i18n/translate';
import { valueLabel } from '../i18n/value-labels';
import { zheFromPercent } from '../node-views/PercentOffField';
import { parsedConfig } from './ports';
import { ruleSummary } from './rule-summary';

export interface CardSummary {
  readonly text: string;
  /** The step holds JSONLogic the rule builder cannot show: the card says so with a "JSON" badge. */
  readonly json?: boolean;
  /** Something that is valid but almost certainly not meant (a 0% discount). */
  readonly warning?: string;
}

/** "8折" → "8折（减 20%）": the percent beside the 折, so 8 is never read as 8% off. */
function percentBeside(text: string, percent: number, locale: Locale): string {
  if (locale !== 'zh' || percent <= 0 || percent >= 100) return text;
  const zhe = `${zheFromPercent(percent)}折`;
  return text.replace(zhe, `${zhe}（减 ${percent}%）`);
}

const list = (values: readonly string[], locale: Locale) =>
  values.map((v) => valueLabel(v, locale)).join(locale === 'zh' ? '、' : ', ');

/**
 * The line under a card's title. Node types write their own summaries; the editor words the two
 * most seen on every flow itself, so stored codes ("paid", "customer.tier") never reach the canvas:
 * the trigger's channels and statuses, and a condition's rule.
 */
export function cardSummary(
  definition: AnyNodeDefinition,
  config: Record<string, unknown>,
  locale: Locale,
): CardSummary | null {
  const parsed = parsedConfig(definition, config) as Record<string, unknown> | null;
  if (parsed === null) return null;
  if (definition.type === 'trigger') {
    const channels = (parsed.channels as string[] | undefined) ?? [];
    const statuses = (parsed.statuses as string[] | undefined) ?? [];
    return {
      text: `${channels.length ? list(channels, locale) : translate(locale, 'card.allChannels')} · ${
        statuses.length ? list(statuses, locale) : translate(locale, 'card.anyStatus')
      }`,
    };
  }
  if (definition.type === 'condition') {
    const text = ruleSummary(parsed.expression, locale);
    return text === null ? { text: translate(locale, 'card.customRule'), json: true } : { text };
  }
  if (definition.type === 'switch') return switchSummary(parsed.cases as readonly SwitchCase[], locale);
  try {
    const text = definition.summary(parsed, locale);
    // A node's own summary may quote JSONLogic it cannot put in words: never print it on a card.
    if (LOOKS_LIKE_JSON.test(text)) return withoutJson(text, locale);
    if (definition.type === 'discount' && parsed.kind === 'percent' && typeof parsed.percent === 'number')
      return {
        text: percentBeside(text, parsed.percent, locale),
        ...(parsed.percent === 0 ? { warning: translate(locale, 'card.zeroPercent') } : {}),
      };
    return { text };
  } catch {
    return null; // a summary bug in one node type must not blank the canvas
  }
}

/** `{"…` or `["…`: a summary that fell back to printing logic as JSON. */
const LOOKS_LIKE_JSON = /[{[]\s*"/;

/** Each clause ("；", "; ", " · ") that quotes JSON becomes "custom rule"; the rest of the summary stays. */
function withoutJson(text: string, locale: Locale): CardSummary {
  const clauses = text.split(/(；|; | · )/);
  const shown = clauses.map((clause) => {
    if (!LOOKS_LIKE_JSON.test(clause)) return clause;
    const label = /^[^{["]*[:：]\s*/.exec(clause)?.[0] ?? '';
    return label + translate(locale, 'card.customRuleShort');
  });
  return { text: shown.join(''), json: true };
}

interface SwitchCase {
  readonly id: string;
  readonly label: string;
  readonly expression: unknown;
}

/**
 * "VIP：会员等级 等于 VIP 会员 · 大单：商品小计 大于等于 ¥500.00 · 其余走默认": each branch by its label (or its
 * number) with its rule in words; a rule the builder cannot show reads as a custom rule, with the JSON badge.
 */
function switchSummary(cases: readonly SwitchCase[], locale: Locale): CardSummary {
  let json = false;
  const colon = locale === 'zh' ? '：' : ': ';
  const parts = cases.map((c, i) => {
    const rule = ruleSummary(c.expression, locale);
    if (rule === null) json = true;
    const name = c.label || translate(locale, 'card.branch', { n: i + 1 });
    return `${name}${colon}${rule ?? translate(locale, 'card.customRuleShort')}`;
  });
  parts.push(translate(locale, 'card.otherwiseDefault'));
  return { text: parts.join(' · '), ...(json ? { json } : {}) };
}
