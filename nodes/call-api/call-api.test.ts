import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../runtime/node/index';
import { compileFlow, type Plan, runFlow, validateFlow } from '../../runtime/index';
import { testFlow, testOrder } from '../../runtime/testing/builders';
import { coreRegistry } from '../index';
import { encodeAnswer, type CallRequest } from './call-api.node';

const quoteConfig = {
  method: 'POST',
  url: 'https://tms.example.com/quotes/{{id}}?city={{shippingAddress.city}}',
  headers: { authorization: { secret: 'TMS_TOKEN' }, 'x-client': 'orderflow' },
  body: { orderNo: 'id', 'to.city': 'shippingAddress.city', skus: 'lines.*.sku', service: { value: 'express' } },
  response: { attributes: { carrier: 'body.quote.carrier', price: 'body.quote.price' }, tags: 'body.tags' },
  example: { status: 200, body: { quote: { carrier: 'sf', price: 1200 }, tags: ['quoted'] } },
};

function plan(config: Record<string, unknown> = quoteConfig): Plan {
  const compiled = compileFlow(
    testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'quote', type: 'call-api', config },
        { id: 'done', type: 'end', config: { decision: 'accept', reason: 'quoted' } },
        { id: 'failed', type: 'end', config: { decision: 'hold', reason: 'no quote' } },
        { id: 'late', type: 'end', config: { decision: 'hold', reason: 'TMS too slow' } },
      ],
      ['start.start->quote', 'quote.ok->done', 'quote.error->failed', 'quote.timeout->late'],
    ),
    coreRegistry,
  );
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.plan;
}

const ctx = emptyContext();

describe('the API call node', () => {
  it('in simulation takes its recorded example and maps the answer into attributes and tags', () => {
    const result = runFlow(plan(), testOrder({ id: 'SO-9' }), ctx, { trace: true });
    expect(result.status).toBe('completed');
    expect(result.outcome?.attributes).toEqual({ carrier: 'sf', price: 1200 });
    expect(result.outcome?.tags).toEqual(['quoted']);
    expect(result.trace.map((s) => [s.nodeId, s.port])).toEqual([
      ['start', 'start'],
      ['quote', 'ok'],
      ['done', null],
    ]);
    expect(result.trace[1]!.note).toBe('tms.example.com answered 200');
  });

  it('on a server waits with the request: URL filled and encoded, body mapped, secrets still by name', () => {
    const result = runFlow(plan(), testOrder({ id: 'SO 9/1' }), ctx, { liveCalls: true });
    expect(result.status).toBe('waiting');
    expect(result.waiting).toMatchObject({ nodeId: 'quote', kind: 'api-call', ports: ['ok', 'error', 'timeout'] });
    const call = result.waiting!.call as unknown as CallRequest;
    expect(call).toEqual({
      method: 'POST',
      url: 'https://tms.example.com/quotes/SO%209%2F1?city=Shenzhen',
      headers: { authorization: { secret: 'TMS_TOKEN' }, 'x-client': 'orderflow' },
      body: { orderNo: 'SO 9/1', to: { city: 'Shenzhen' }, skus: ['FRIDGE-1', 'CREAM-1'], service: 'express' },
      timeoutMs: 5000,
      retries: 2,
    });
  });

  it('resumes with the host answer by replay, and takes error and timeout ports', () => {
    const answer = encodeAnswer({ port: 'ok', status: 200, body: { quote: { carrier: 'jd', price: 900 } } });
    const ok = runFlow(plan(), testOrder(), ctx, { liveCalls: true, decisions: { quote: answer } });
    expect(ok.outcome).toMatchObject({ decision: 'accept', attributes: { carrier: 'jd', price: 900 } });
    expect(ok.outcome?.tags).toEqual([]);
    const failed = runFlow(plan(), testOrder(), ctx, {
      liveCalls: true,
      trace: true,
      decisions: { quote: encodeAnswer({ port: 'error', status: 503, error: 'tms.example.com answered 503' }) },
    });
    expect(failed.outcome).toMatchObject({ decision: 'hold', decisionReason: 'no quote', attributes: {} });
    expect(failed.trace[1]!.note).toContain('answered 503');
    const late = runFlow(plan(), testOrder(), ctx, { decisions: { quote: 'timeout' } });
    expect(late.outcome?.decisionReason).toBe('TMS too slow');
  });

  it('a test case picks a port by name; ok uses the recorded example', () => {
    const result = runFlow(plan(), testOrder(), ctx, { decisions: { quote: 'ok' } });
    expect(result.outcome?.attributes).toEqual({ carrier: 'sf', price: 1200 });
    expect(runFlow(plan(), testOrder(), ctx, { decisions: { quote: 'error' } }).outcome?.decisionReason).toBe(
      'no quote',
    );
  });

  it('fails the run, naming the node, on a decision that is neither a port nor an answer', () => {
    const result = runFlow(plan(), testOrder(), ctx, { decisions: { quote: 'approved' } });
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ nodeId: 'quote' });
    expect(result.error!.message).toContain('allowed: ok, error, timeout');
  });

  it('refuses a credential written into the flow, a bad address and a bad path, naming where', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        {
          id: 'push',
          type: 'call-api',
          config: {
            url: 'ftp://wms.example.com/x',
            headers: { Authorization: 'Bearer abc123' },
            body: { sku: 'lines..sku' },
          },
        },
        { id: 'end', type: 'end' },
      ],
      ['start.start->push', 'push.ok->end', 'push.error->end', 'push.timeout->end'],
    );
    const problems = validateFlow(flow, coreRegistry).problems.filter((p) => p.severity === 'error');
    const where = problems.map((p) => [p.nodeId, p.path.join('.')]);
    expect(where).toEqual(
      expect.arrayContaining([
        ['push', 'nodes.1.config.url'],
        ['push', 'nodes.1.config.headers.Authorization'],
        ['push', 'nodes.1.config.body.sku'],
      ]),
    );
    const zh = validateFlow(flow, coreRegistry, { locale: 'zh' }).problems.find((p) =>
      p.path.join('.').endsWith('headers.Authorization'),
    );
    expect(zh?.message).toContain('凭据');
  });
});
