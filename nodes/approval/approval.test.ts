import { describe, expect, it } from 'vitest';
import { deepFreeze, makeOrder, runNode } from '../route/test-fixtures';
import { APPROVAL_DECISIONS, approvalConfigSchema, approvalNode } from './approval.node.ts';

const config = { role: 'finance-manager', reason: 'Order over ¥50,000', slaHours: 8 };
const order = deepFreeze(makeOrder());

describe('approval node', () => {
  it('has three required ports with bilingual labels', () => {
    const ports = approvalNode.outputs(approvalConfigSchema.parse({}));
    expect(ports.map((p) => [p.id, p.label.zh, p.required])).toEqual([
      ['approved', '批准', true],
      ['rejected', '驳回', true],
      ['timed_out', '超时', true],
    ]);
    expect(approvalNode.category).toBe('review');
  });

  it('fills defaults and rejects bad config', () => {
    expect(approvalConfigSchema.parse({})).toEqual({
      role: 'order-reviewer',
      reason: 'High-value or risky order',
      slaHours: 24,
    });
    expect(approvalConfigSchema.safeParse({ slaHours: 0 }).success).toBe(false);
    expect(approvalConfigSchema.safeParse({ role: '' }).success).toBe(false);
    expect(approvalConfigSchema.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('waits with a pending hold when no decision is known', () => {
    const result = runNode(approvalNode, config, order);
    expect(result).toEqual({
      wait: {
        kind: 'approval',
        reason: 'Order over ¥50,000',
        ports: ['approved', 'rejected', 'timed_out'],
        hold: {
          nodeId: 'n1',
          kind: 'approval',
          status: 'pending',
          reason: 'Order over ¥50,000',
          role: 'finance-manager',
          slaHours: 8,
        },
      },
    });
  });

  it.each(APPROVAL_DECISIONS.map((d) => [d]))('takes port %s and records the hold', (decision) => {
    const result = runNode(approvalNode, config, order, undefined, decision);
    expect('port' in result && result.port).toBe(decision);
    expect(result.patch).toEqual({
      holds: [
        {
          nodeId: 'n1',
          kind: 'approval',
          status: decision,
          reason: 'Order over ¥50,000',
          role: 'finance-manager',
          slaHours: 8,
        },
      ],
    });
  });

  it("notes the decision in the run's language, changing nothing else", () => {
    const en = runNode(approvalNode, config, order, undefined, 'rejected');
    const zh = runNode(approvalNode, config, order, undefined, 'rejected', 'zh');
    expect(en.note).toBe('rejected (finance-manager)');
    expect(zh.note).toBe('驳回（finance-manager）');
    expect(zh.patch).toEqual(en.patch);
  });

  it.each([['approve'], ['APPROVED'], [''], ['__proto__'], ['pass']])(
    'throws on decision %j, naming the allowed ones',
    (decision) => {
      expect(() => runNode(approvalNode, config, order, undefined, decision)).toThrow(
        /allowed decisions: approved, rejected, timed_out/,
      );
    },
  );

  it('summarises in both languages', () => {
    const parsed = approvalConfigSchema.parse(config);
    expect(approvalNode.summary(parsed, 'en')).toBe('finance-manager approves within 8 h: Order over ¥50,000');
    expect(approvalNode.summary(parsed, 'zh')).toBe('finance-manager 审批（8 小时内）：Order over ¥50,000');
  });
});
