import { z } from 'zod';
import { defineNode, type Locale, type PortSpec, takePort, waitFor } from '../../runtime/node/index';
import type { Effect, Hold, HoldStatus } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';

/** The decisions an inspector can give; each is also an output port id. */
export const QC_DECISIONS = Object.freeze(['pass', 'fail'] as const);
export type QcDecision = (typeof QC_DECISIONS)[number];

const STATUS_OF: Readonly<Record<QcDecision, HoldStatus>> = Object.freeze({ pass: 'passed', fail: 'failed' });

const crmTagSchema = z.string().trim().min(1).max(64);

export const qcCheckConfigSchema = z.strictObject({
  station: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .default('Returns QC')
    .meta(
      fieldMeta(
        text('QC station', '质检站'),
        text('Where the goods are inspected, e.g. Shanghai returns QC', '质检地点，例如：上海退货质检站'),
      ),
    ),
  checklist: z
    .array(z.string().trim().min(1).max(200))
    .max(50)
    .default([])
    .meta(
      fieldMeta(
        text('Checklist', '检查项'),
        text('What the inspector checks, one item per entry', '质检员检查的项目，每项一条'),
      ),
    ),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .default('Inspect the goods before continuing')
    .meta(fieldMeta(text('Reason', '原因'), text('Why the goods need inspection', '需要质检的原因'))),
  crmTagsOnPass: z
    .array(crmTagSchema)
    .max(20)
    .default([])
    .meta(
      fieldMeta(
        text('CRM tags on pass', '合格时的 CRM 标签'),
        text('Customer tags to add in the CRM when the goods pass', '合格时在 CRM 中为客户添加的标签'),
      ),
    ),
  crmTagsOnFail: z
    .array(crmTagSchema)
    .max(20)
    .default([])
    .meta(
      fieldMeta(
        text('CRM tags on fail', '不合格时的 CRM 标签'),
        text('Customer tags to add in the CRM when the goods fail', '不合格时在 CRM 中为客户添加的标签'),
      ),
    ),
});
export type QcCheckConfig = z.output<typeof qcCheckConfigSchema>;

/** Config with duplicate tags removed, ready to run. */
export interface PreparedQcCheck {
  readonly station: string;
  readonly checklist: readonly string[];
  readonly reason: string;
  readonly tags: Readonly<Record<QcDecision, readonly string[]>>;
}

const QC_PORTS: readonly PortSpec[] = Object.freeze([
  { id: 'pass', label: { en: 'Pass', zh: '合格' }, required: true },
  { id: 'fail', label: { en: 'Fail', zh: '不合格' }, required: true },
]);

export function isQcDecision(value: string): value is QcDecision {
  return (QC_DECISIONS as readonly string[]).includes(value);
}

function qcHold(nodeId: string, config: PreparedQcCheck, status: HoldStatus): Hold {
  return { nodeId, kind: 'qc', status, reason: config.reason, station: config.station, checklist: config.checklist };
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

function summarize(config: QcCheckConfig, locale: Locale): string {
  const zh = locale === 'zh';
  const parts = [
    zh
      ? `在 ${config.station} 质检：${config.checklist.length} 项检查`
      : `QC at ${config.station}: ${config.checklist.length} check${config.checklist.length === 1 ? '' : 's'}`,
  ];
  const onPass = [...new Set(config.crmTagsOnPass)].join(', ');
  const onFail = [...new Set(config.crmTagsOnFail)].join(', ');
  if (onPass !== '') parts.push(zh ? `合格 → 标签 ${onPass}` : `pass → tag ${onPass}`);
  if (onFail !== '') parts.push(zh ? `不合格 → 标签 ${onFail}` : `fail → tag ${onFail}`);
  return parts.join(zh ? '；' : '; ');
}

export const qcCheckNode = defineNode({
  type: 'qc-check',
  category: 'review',
  title: { en: 'Quality check', zh: '质检' },
  description: {
    en: 'Holds the order until an inspector passes or fails the goods (returns, trade-in units); can tag the customer in the CRM.',
    zh: '暂停订单，等待质检员判定合格或不合格（退货、以旧换新旧机）；可按结果给客户打 CRM 标签。',
  },
  config: qcCheckConfigSchema,
  outputs: QC_PORTS,
  prepare: (config): PreparedQcCheck => ({
    station: config.station,
    checklist: Object.freeze([...config.checklist]),
    reason: config.reason,
    tags: Object.freeze({
      pass: Object.freeze([...new Set(config.crmTagsOnPass)]),
      fail: Object.freeze([...new Set(config.crmTagsOnFail)]),
    }),
  }),
  run: ({ nodeId, order, config, decision, locale }) => {
    if (decision === undefined || decision === null) {
      return waitFor({
        kind: 'qc',
        reason: config.reason,
        ports: QC_DECISIONS,
        hold: qcHold(nodeId, config, 'pending'),
      });
    }
    if (!isQcDecision(decision)) {
      throw new Error(
        `QC check "${nodeId}" got decision ${quote(decision)}; allowed decisions: ${QC_DECISIONS.join(', ')}`,
      );
    }
    const customerId = order.customer.id;
    const effects: Effect[] = config.tags[decision].map((tag) => ({ kind: 'crm-tag', nodeId, customerId, tag }));
    return takePort(
      decision,
      effects.length > 0
        ? { holds: [qcHold(nodeId, config, STATUS_OF[decision])], effects }
        : { holds: [qcHold(nodeId, config, STATUS_OF[decision])] },
      // "passed at Returns QC" / "Returns QC 质检合格".
      locale === 'zh'
        ? `${config.station} 质检${decision === 'pass' ? '合格' : '不合格'}`
        : `${STATUS_OF[decision]} at ${config.station}`,
    );
  },
  summary: summarize,
});
