import { z } from 'zod';
import { defineNode, type Locale, type PortSpec, takePort, waitFor } from '../../runtime/node/index';
import type { Hold, HoldStatus } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';

/** The decisions a person can give; each is also an output port id. */
export const APPROVAL_DECISIONS = Object.freeze(['approved', 'rejected', 'timed_out'] as const);
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const approvalConfigSchema = z.strictObject({
  role: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .default('order-reviewer')
    .meta(
      fieldMeta(
        text('Approver role', '审批角色'),
        text('Who decides, e.g. finance-manager', '审批人角色，例如 finance-manager'),
      ),
    ),
  reason: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .default('High-value or risky order')
    .meta(fieldMeta(text('Reason', '原因'), text('Why a person must look at this order', '需要人工处理此订单的原因'))),
  slaHours: z
    .number()
    .positive()
    .max(8760)
    .default(24)
    .meta(
      fieldMeta(
        text('Time limit (hours)', '时限（小时）'),
        text('Hours the reviewer has before the request times out', '审批人需在此小时数内处理，否则超时'),
      ),
    ),
});
export type ApprovalConfig = z.output<typeof approvalConfigSchema>;

const APPROVAL_PORTS: readonly PortSpec[] = Object.freeze([
  { id: 'approved', label: { en: 'Approved', zh: '批准' }, required: true },
  { id: 'rejected', label: { en: 'Rejected', zh: '驳回' }, required: true },
  { id: 'timed_out', label: { en: 'Timed out', zh: '超时' }, required: true },
]);

function portLabel(decision: ApprovalDecision): PortSpec['label'] {
  return APPROVAL_PORTS.find((port) => port.id === decision)!.label;
}

export function isApprovalDecision(value: string): value is ApprovalDecision {
  return (APPROVAL_DECISIONS as readonly string[]).includes(value);
}

function approvalHold(nodeId: string, config: ApprovalConfig, status: HoldStatus): Hold {
  return { nodeId, kind: 'approval', status, reason: config.reason, role: config.role, slaHours: config.slaHours };
}

/** Quotes an untrusted value for an error message without letting it run on. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

function summarize(config: ApprovalConfig, locale: Locale): string {
  return locale === 'zh'
    ? `${config.role} 审批（${config.slaHours} 小时内）：${config.reason}`
    : `${config.role} approves within ${config.slaHours} h: ${config.reason}`;
}

export const approvalNode = defineNode({
  type: 'approval',
  category: 'review',
  title: { en: 'Approval', zh: '人工审批' },
  description: {
    en: 'Stops the order until a person (e.g. a finance manager) approves or rejects it, or the SLA runs out.',
    zh: '暂停订单，等待指定角色（如财务经理）通过或驳回；超过时限则视为超时。',
  },
  config: approvalConfigSchema,
  outputs: APPROVAL_PORTS,
  run: ({ nodeId, config, decision, locale }) => {
    if (decision === undefined || decision === null) {
      return waitFor({
        kind: 'approval',
        reason: config.reason,
        ports: APPROVAL_DECISIONS,
        hold: approvalHold(nodeId, config, 'pending'),
      });
    }
    if (!isApprovalDecision(decision)) {
      throw new Error(
        `Approval "${nodeId}" got decision ${quote(decision)}; allowed decisions: ${APPROVAL_DECISIONS.join(', ')}`,
      );
    }
    return takePort(
      decision,
      { holds: [approvalHold(nodeId, config, decision)] },
      // "approved (finance-manager)" / "批准（finance-manager）": the decision as its port is labelled.
      locale === 'zh' ? `${portLabel(decision).zh}（${config.role}）` : `${decision} (${config.role})`,
    );
  },
  summary: summarize,
});
