import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const vipOrder = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples/flows/vip-priority.cases.json'), 'utf8')) as {
    cases: { order: Record<string, unknown> }[];
  }
).cases[0]!.order;

describe('compact run results', () => {
  it("answers intake with the chosen route only; the run's page replays every rival the router weighed", async () => {
    server = await startTestServer({}, { seedExamples: true });
    const shop = await server.token(['intake']);
    const sent = await shop.post('/api/v1/orders', { ...vipOrder, id: 'C-1' });
    expect(sent.status).toBe(201);
    type Summary = { flowId: string; runId: string; outcome: { fulfilment: Record<string, unknown> } };
    const routed = (sent.json.runs as Summary[]).find((r) => r.flowId === 'multi-warehouse')!;
    const compact = routed.outcome.fulfilment;
    expect(compact).not.toHaveProperty('candidates');
    expect(compact.candidatesWeighed).toBeGreaterThan(1);

    const detail = await server.admin.get(`/api/v1/runs/${routed.runId}`);
    const full = detail.json.outcome.fulfilment;
    expect(full.candidates).toHaveLength(compact.candidatesWeighed as number);
    expect(full.candidates[0].note).toMatch(/chosen/);
    expect(full.shipments).toEqual(compact.shipments);
    // The history list shows the compact form, as stored.
    const listed = (await server.admin.get('/api/v1/runs?flowId=multi-warehouse')).json.runs[0];
    expect(listed.outcome.fulfilment).toEqual(compact);
  });
});
