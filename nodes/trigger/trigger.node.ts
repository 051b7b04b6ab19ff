import { z } from 'zod';
import { defineNode, fixedResult, takePort, ORDER_STATUSES } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';
import type { Words } from '../shared/words';

type Filter = 'channel' | 'status';

/** Why an order is skipped (the decision's reason) and the trace note. */
interface TriggerWords {
  readonly notInFlow: (what: Filter, value: string) => string;
  readonly notHandled: (what: Filter, value: string) => string;
}

const WORDS: Words<TriggerWords> = {
  en: {
    notInFlow: (what, value) => `${what} ${value} is not in this flow`,
    notHandled: (what, value) => `${what} ${value} is not handled`,
  },
  zh: {
    notInFlow: (what, value) => `${what === 'channel' ? '渠道' : '状态'} ${value} 不在本流程范围内`,
    notHandled: (what, value) => `不处理${what === 'channel' ? '渠道' : '状态'} ${value}`,
  },
};

/** The order is outside the flow: the path ends here with decision skip. */
function skipped(what: Filter, value: string, say: TriggerWords) {
  return takePort(
    null,
    { decision: { decision: 'skip', reason: say.notInFlow(what, value) } },
    say.notHandled(what, value),
  );
}

const configSchema = z.object({
  channels: z
    .array(z.string())
    .default([])
    .meta(
      fieldMeta(
        text('Channels', '渠道'),
        text('Channels this flow handles; none ticked = every channel', '此流程处理的渠道；不选表示全部渠道'),
      ),
    ),
  statuses: z
    .array(z.enum(ORDER_STATUSES))
    .default([])
    .meta(
      fieldMeta(
        text('Order statuses', '订单状态'),
        text('Order statuses this flow handles; none ticked = every status', '此流程处理的订单状态；不选表示全部状态'),
      ),
    ),
});

interface TriggerSets {
  readonly channels: ReadonlySet<string>;
  readonly statuses: ReadonlySet<string>;
}

/**
 * Which filter (if any) keeps the order out of a flow whose trigger was prepared this way. Hosts that run
 * many flows per order ask it first (`triggerTakes`), so a flow whose trigger cannot match is not run.
 */
function refusedBy(sets: TriggerSets, order: { readonly channel: string; readonly status: string }): Filter | null {
  if (sets.channels.size > 0 && !sets.channels.has(order.channel)) return 'channel';
  if (sets.statuses.size > 0 && !sets.statuses.has(order.status)) return 'status';
  return null;
}

/** Shared by every run that starts (results are read, never kept or mutated). */
const START = fixedResult('start');

/** Where a flow starts. Orders outside its channels or statuses are skipped, not failed. */
export const triggerNode = defineNode({
  type: 'trigger',
  category: 'trigger',
  title: text('Order received', '订单进入'),
  description: text(
    'Starts the flow for orders from the chosen channels and statuses.',
    '对所选渠道和状态的订单启动流程。',
  ),
  config: configSchema,
  hasInput: false,
  outputs: [{ id: 'start', label: text('start', '开始'), required: true }],
  prepare: (config) => ({ channels: new Set(config.channels), statuses: new Set<string>(config.statuses), config }),
  // Without filters every order starts: built flow modules then skip the run (runtime/aot).
  constantResult: (config) => (config.channels.size === 0 && config.statuses.size === 0 ? START : undefined),
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ order, config, locale }) => {
    const refused = refusedBy(config, order);
    if (refused === null) return START;
    return skipped(refused, refused === 'channel' ? order.channel : order.status, WORDS[locale]);
  },
  summary: (config, locale) => {
    const channels = config.channels.length
      ? config.channels.join(', ')
      : locale === 'zh'
        ? '全部渠道'
        : 'all channels';
    const statuses = config.statuses.length ? config.statuses.join(', ') : locale === 'zh' ? '全部状态' : 'any status';
    return `${channels} · ${statuses}`;
  },
});

/** False when the plan starts with a trigger that skips this order (its run would only say "skip"). */
export function triggerTakes(
  start: { readonly type: string; readonly prepared: unknown },
  order: { readonly channel: string; readonly status: string },
): boolean {
  return start.type !== triggerNode.type || refusedBy(start.prepared as TriggerSets, order) === null;
}
