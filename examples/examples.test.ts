/**
 * Golden tests: every example flow against the whole example data set, and against each single
 * order. Waits are answered with the first port. Rewrite with UPDATE_GOLDEN=1 npx vitest run examples,
 * then read the diff: the goldens are reviewed by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addResult,
  addUnreadable,
  createSummary,
  serviceKeysOf,
  flowInfo,
  compileFlow,
  type Plan,
  runContextSchema,
} from '../runtime/index';
import type { NodeRegistry } from '../runtime/index';
import { coreRegistry, registryWith } from '../nodes/index';
import { loyaltyPointsNode } from './custom-node/loyalty-points.node.ts';
import { expectGolden } from './test-support/golden';
import { runToEnd } from './test-support/run-to-end';

const root = join(import.meta.dirname, '..');
const at = (...parts: string[]) => join(root, ...parts);

/** The flows this suite owns (other examples, e.g. the bench's, keep their own tests). */
const FLOWS: readonly { name: string; file: string; registry: NodeRegistry }[] = [
  ...['trade-in', 'vip-priority', 'returns-qc', 'multi-warehouse', 'tier-channel-discounts', 'trade-in-per-unit'].map(
    (name) => ({
      name,
      file: at('examples/flows', `${name}.flow.json`),
      registry: coreRegistry,
    }),
  ),
  { name: 'loyalty', file: at('examples/custom-node/loyalty.flow.json'), registry: registryWith([loyaltyPointsNode]) },
];

const context = runContextSchema.parse(JSON.parse(readFileSync(at('examples/data/context.json'), 'utf8')));
const orderLines = readFileSync(at('examples/data/orders.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const singleOrders = readdirSync(at('examples/data/orders'))
  .filter((f) => f.endsWith('.json'))
  .sort();

function compile(file: string, registry: NodeRegistry): Plan {
  const compiled = compileFlow(readFileSync(file, 'utf8'), registry);
  if (!compiled.ok) throw new Error(`${file}: ${compiled.problems.map((p) => p.message).join('; ')}`);
  expect(compiled.warnings).toEqual([]);
  return compiled.plan;
}

describe.each(FLOWS)('example flow $name', ({ name, file, registry }) => {
  const plan = compile(file, registry);

  it('matches its golden summary over examples/data/orders.jsonl', () => {
    const summary = createSummary(flowInfo(plan));
    const autoDecisions: Record<string, Record<string, number>> = {};
    orderLines.forEach((line, i) => {
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (error) {
        addUnreadable(summary, { line: i + 1, message: String(error) });
        return;
      }
      const { result, decided } = runToEnd(plan, input, context);
      for (const { nodeId, port } of decided) {
        const ports = (autoDecisions[nodeId] ??= {});
        ports[port] = (ports[port] ?? 0) + 1;
      }
      addResult(summary, result, i + 1, serviceKeysOf(input));
    });
    expect(summary.orders).toBe(orderLines.length);
    expect(summary.status.failed).toBe(0);
    expectGolden(at('examples/golden', `${name}.summary.json`), {
      flow: name,
      orders: 'examples/data/orders.jsonl',
      autoDecisions,
      summary,
    });
  });

  it.each(singleOrders)('matches its full-result golden for %s', (orderFile) => {
    const order: unknown = JSON.parse(readFileSync(at('examples/data/orders', orderFile), 'utf8'));
    const { result, decided } = runToEnd(plan, order, context, { trace: true });
    expect(result.status).not.toBe('failed');
    expectGolden(at('examples/golden', `${name}--${orderFile.replace(/\.json$/, '')}.json`), {
      flow: name,
      order: orderFile,
      autoDecisions: decided,
      result,
    });
  });
});
