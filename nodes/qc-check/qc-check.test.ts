import { describe, expect, it } from 'vitest';
import { deepFreeze, makeOrder, runNode } from '../route/test-fixtures';
import { qcCheckConfigSchema, qcCheckNode } from './qc-check.node.ts';

const config = {
  station: 'Shanghai returns QC',
  checklist: ['Seal intact', 'No water damage'],
  reason: 'Trade-in unit must be inspected',
  crmTagsOnPass: ['trade-in-ok'],
  crmTagsOnFail: ['return-abuse-risk', 'manual-review', 'return-abuse-risk'],
};
const order = deepFreeze(
  makeOrder({ kind: 'return', status: 'return_requested', customer: { id: 'CUST-9', tier: 'gold' } }),
);
const hold = (status: string) => ({
  nodeId: 'n1',
  kind: 'qc',
  status,
  reason: 'Trade-in unit must be inspected',
  station: 'Shanghai returns QC',
  checklist: ['Seal intact', 'No water damage'],
});

describe('qc-check node', () => {
  it('has required pass/fail ports and defaults', () => {
    const parsed = qcCheckConfigSchema.parse({});
    expect(qcCheckNode.outputs(parsed).map((p) => [p.id, p.required])).toEqual([
      ['pass', true],
      ['fail', true],
    ]);
    expect(parsed).toEqual({
      station: 'Returns QC',
      checklist: [],
      reason: 'Inspect the goods before continuing',
      crmTagsOnPass: [],
      crmTagsOnFail: [],
    });
    expect(qcCheckConfigSchema.safeParse({ checklist: [''] }).success).toBe(false);
  });

  it('waits with a pending qc hold', () => {
    expect(runNode(qcCheckNode, config, order)).toEqual({
      wait: { kind: 'qc', reason: 'Trade-in unit must be inspected', ports: ['pass', 'fail'], hold: hold('pending') },
    });
  });

  it.each([
    ['pass', 'passed', ['trade-in-ok']],
    ['fail', 'failed', ['return-abuse-risk', 'manual-review']],
  ])('on %s records a %s hold and tags the customer', (decision, status, tags) => {
    const result = runNode(qcCheckNode, config, order, undefined, decision);
    expect('port' in result && result.port).toBe(decision);
    expect(result.patch).toEqual({
      holds: [hold(status)],
      effects: tags.map((tag) => ({ kind: 'crm-tag', nodeId: 'n1', customerId: 'CUST-9', tag })),
    });
  });

  it("notes the inspection in the run's language, changing nothing else", () => {
    const en = runNode(qcCheckNode, config, order, undefined, 'fail');
    const zh = runNode(qcCheckNode, config, order, undefined, 'fail', 'zh');
    expect(en.note).toBe('failed at Shanghai returns QC');
    expect(zh.note).toBe('Shanghai returns QC 质检不合格');
    expect(zh.patch).toEqual(en.patch);
  });

  it('adds no effects when no tags are configured', () => {
    const result = runNode(qcCheckNode, { ...config, crmTagsOnPass: [] }, order, undefined, 'pass');
    expect(result.patch).toEqual({ holds: [hold('passed')] });
  });

  it.each([['passed'], ['approved'], ['toString'], ['']])('throws on decision %j', (decision) => {
    expect(() => runNode(qcCheckNode, config, order, undefined, decision)).toThrow(/allowed decisions: pass, fail/);
  });

  it('summarises in both languages', () => {
    const parsed = qcCheckConfigSchema.parse(config);
    expect(qcCheckNode.summary(parsed, 'en')).toBe(
      'QC at Shanghai returns QC: 2 checks; pass → tag trade-in-ok; fail → tag return-abuse-risk, manual-review',
    );
    expect(qcCheckNode.summary(parsed, 'zh')).toContain('在 Shanghai returns QC 质检：2 项检查');
  });
});
