/**
 * canonicalOrder: the order a stored row stands for, whatever its source. Replays depend on a channel's stored
 * record normalizing to exactly the order the webhook intake decided on: checked on every real channel fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, rawText } from '../../channels/index';
import type { OrderRow } from '../store/types/index';
import { order } from '../testing/fixtures';
import { canonicalOrder } from './received-order';

const FIXTURES = join(import.meta.dirname, '..', '..', 'channels', 'fixtures');

const row = (overrides: Partial<OrderRow>): OrderRow => ({
  id: 'ord_1',
  orderId: null,
  channel: null,
  channelOrderId: null,
  bodyJson: '{}',
  status: 'accepted',
  problemsJson: null,
  receivedBy: 'usr_1',
  receivedAt: 0,
  responseJson: null,
  ...overrides,
});

/** Every order record of every fixture, stored as the webhook intake stores it. */
const stored = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const channel = file.replace(/-\d+\.json$/, '');
    return normalize(channel, readFileSync(join(FIXTURES, file), 'utf8')).flatMap((result) =>
      result.ok ? [{ file, channel, order: result.order, text: rawText(result.raw) }] : [],
    );
  });

describe('canonicalOrder', () => {
  it('reads every channel fixture’s stored record as the order its intake decided on', () => {
    expect(new Set(stored.map((s) => s.channel)).size).toBeGreaterThanOrEqual(10);
    for (const s of stored) {
      const found = canonicalOrder(
        row({ orderId: s.order.id, channel: s.channel, channelOrderId: s.order.channelOrderId, bodyJson: s.text }),
        s.order.id,
      );
      expect(found, s.file).toEqual({ ok: true, order: s.order });
      // The raw record itself is not a canonical order: reading it as one would replay the wrong input.
      expect(canonicalOrder(row({ orderId: s.order.id, bodyJson: s.text }), s.order.id).ok, s.file).toBe(false);
    }
  });

  it('reads a canonical body (POST /orders or a batch item) as itself', () => {
    const sent = order('A-1');
    const found = canonicalOrder(row({ orderId: 'A-1', channel: 'tmall', bodyJson: JSON.stringify(sent) }), 'A-1');
    expect(found).toMatchObject({ ok: true, order: { id: 'A-1', lines: sent.lines, customer: sent.customer } });
  });

  it('refuses, saying why, a row that is not the run’s order, was rejected, or no longer reads', () => {
    const body = JSON.stringify(order('A-1'));
    expect(canonicalOrder(row({ bodyJson: body }), 'B-2')).toEqual({
      ok: false,
      message: 'its stored body reads as order "A-1", not "B-2"',
    });
    expect(canonicalOrder(row({ bodyJson: body, status: 'rejected' }))).toEqual({
      ok: false,
      message: 'it was rejected at intake',
    });
    expect(canonicalOrder(row({ bodyJson: '{"id":' }))).toEqual({ ok: false, message: 'its stored body is not JSON' });
    const shopify = stored.find((s) => s.channel === 'shopify')!;
    const broken = canonicalOrder(
      row({ channel: 'shopify', channelOrderId: shopify.order.channelOrderId, bodyJson: '[]' }),
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^its shopify record no longer normalizes \(\$: /);
  });
});
