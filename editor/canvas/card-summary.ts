import type { AnyNodeDefinition, Locale } from '../../runtime/node/define-node';
import { translate } from '../i18n/translate';
import { valueLabel } from '../i18n/value-labels';
import { parsedConfig } from './ports';
import { ruleSummary } from './rule-summary';

export interface CardSummary {
  readonly text: string;
  /** The step holds JSONLogic the rule builder cannot show: the card says so with a "JSON" badge. */
  readonly json?: boolean;
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
    return { text: definition.summary(parsed, locale) };
  } catch {
    return null; // a summary bug in one node type must not blank the canvas
  }
}
