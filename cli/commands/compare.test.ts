import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignArm, assignmentKey } from '../../runtime/index';
import { cli } from '../test-support/fake-io';

const VIP = 'examples/flows/vip-priority.flow.json';
const CTX = ['--context', resolve('examples/data/context.json')];

/** vip-priority with the VIP discount at 15% instead of 10%, and the first 40 example orders. */
function scratch(): { dir: string; after: string; orders: string } {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-compare-'));
  const flow = JSON.parse(readFileSync(VIP, 'utf8')) as { nodes: { id: string; config: Record<string, unknown> }[] };
  flow.nodes.find((n) => n.id === 'vip-10-off')!.config.percent = 15;
  writeFileSync(join(dir, 'after.flow.json'), JSON.stringify(flow));
  const orders = readFileSync('examples/data/orders.jsonl', 'utf8').split('\n').slice(0, 40).join('\n');
  writeFileSync(join(dir, 'orders.jsonl'), orders);
  return { dir, after: join(dir, 'after.flow.json'), orders: join(dir, 'orders.jsonl') };
}

describe('orderflow compare', () => {
  it('prints the figures of both versions and the orders whose outcome changes', async () => {
    const { after, orders } = scratch();
    const r = await cli(['compare', VIP, after, orders, ...CTX]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Comparing examples\/flows\/vip-priority.flow.json \(before\) with .+after.flow.json \(after\)\n40 orders, [1-9]\d* with a different outcome/,
    );
    expect(r.stdout).toMatch(/discount cost\s+¥[\d,.]+\s+¥[\d,.]+\s+\+¥/);
    expect(r.stdout).toContain('Orders whose outcome changes:');
    expect(r.stdout).toMatch(/discount vip-10-off|total/);
  });

  it('--json gives the whole comparison; --fail-on-diff exits 1 when anything differs, 0 when nothing does', async () => {
    const { after, orders } = scratch();
    const json = await cli(['compare', VIP, after, orders, ...CTX, '--json', '--fail-on-diff']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { orders: number; differing: number; differences: unknown[] };
    expect(parsed.orders).toBe(40);
    expect(parsed.differing).toBeGreaterThan(0);
    expect(parsed.differences).toHaveLength(parsed.differing);
    const same = await cli(['compare', VIP, VIP, orders, ...CTX, '--fail-on-diff']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('40 orders, 0 with a different outcome');
  });

  it('--rollout rehearses a canary: only the candidate arm of the same assignment is compared', async () => {
    const { after, orders } = scratch();
    const rehearsal = await cli(['compare', VIP, after, orders, ...CTX, '--json', '--rollout', '25:ro_test']);
    const parsed = JSON.parse(rehearsal.stdout) as { orders: number };
    // Independently: the orders whose customer the shared assignment puts in the candidate arm at 25%.
    const expected = readFileSync(orders, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; customer?: { id?: string } })
      .filter(
        (o) => assignArm(assignmentKey({ id: o.id, customer: o.customer ?? null }), 25, 'ro_test') === 'candidate',
      );
    expect(parsed.orders).toBe(expected.length);
    expect(parsed.orders).toBeGreaterThan(0);
    expect(parsed.orders).toBeLessThan(40);
    expect(rehearsal.stderr).toContain(
      `rollout rehearsal at 25%: ${expected.length} order(s) in the candidate arm compared, ${40 - expected.length} stay on live`,
    );
    expect((await cli(['compare', VIP, after, orders, '--rollout', '150'])).stderr).toContain('--rollout "150"');
  });

  it('needs three files', async () => {
    const r = await cli(['compare', VIP, VIP]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected 3 file argument(s), got 2');
  });
});
