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
  try {
    const text = definition.summary(parsed, locale);
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
