import { describe, expect, it } from 'vitest';
import { makeOrder, portOf, runNode, testTools } from '../testing/node-harness';
import { triggerNode, triggerTakes } from './trigger.node.ts';

const order = makeOrder([{ price: 1000 }], { channel: 'douyin', status: 'paid' });

describe('trigger', () => {
  it.each([
    [{}, 'start'],
    [{ channels: ['douyin', 'xiaohongshu'] }, 'start'],
    [{ channels: ['amazon'] }, null],
    [{ statuses: ['paid'] }, 'start'],
    [{ statuses: ['return_requested'] }, null],
  ])('with %j takes port %s', (config, port) => {
    expect(portOf(runNode(triggerNode, config, order))).toBe(port);
    // A host that asks before running (the server) skips exactly the orders the run would skip.
    const start = { type: 'trigger', prepared: triggerNode.prepare(triggerNode.config.parse(config), testTools) };
    expect(triggerTakes(start, order)).toBe(port !== null);
  });

  it('lets a host run flows that do not start with a trigger', () => {
    expect(triggerTakes({ type: 'decision-table', prepared: {} }, order)).toBe(true);
  });

  it('skips an unhandled order with a reason people can read', () => {
    const result = runNode(triggerNode, { channels: ['amazon'] }, order);
    expect(result.patch?.decision).toEqual({ decision: 'skip', reason: 'channel douyin is not in this flow' });
  });

  it("says why it skips in the run's language", () => {
    const channel = runNode(triggerNode, { channels: ['amazon'] }, order, { locale: 'zh' });
    expect(channel.patch?.decision).toEqual({ decision: 'skip', reason: '渠道 douyin 不在本流程范围内' });
    expect(channel.note).toBe('不处理渠道 douyin');
    const status = runNode(triggerNode, { statuses: ['shipped'] }, order, { locale: 'zh' });
    expect(status.patch?.decision?.reason).toBe('状态 paid 不在本流程范围内');
  });

  it('summarises its filters in both languages', () => {
    expect(triggerNode.summary(triggerNode.config.parse({ channels: ['douyin'] }), 'en')).toBe('douyin · any status');
    expect(triggerNode.summary(triggerNode.config.parse({}), 'zh')).toBe('全部渠道 · 全部状态');
  });

  it('refuses a status that is not in the lifecycle', () => {
    expect(triggerNode.config.safeParse({ statuses: ['paid-ish'] }).success).toBe(false);
  });
});
