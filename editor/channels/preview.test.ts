import { describe, expect, it } from 'vitest';
import acmeOrders from '../../channels/testing/acme-shop.orders.json?raw';
import { TEMPLATE_MAPPING } from './channel-texts';
import { builtIn, computePreview, payloadMarkersOf } from './preview';
import { samplePayload } from './samples/index';

describe('computePreview', () => {
  it('normalizes a built-in sample with the built-in mapping, whatever mapping text is on screen', () => {
    const preview = computePreview({
      key: 'builtin:douyin',
      mapping: 'not json',
      payload: samplePayload('douyin')!,
      related: {},
    });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.channel).toBe('douyin');
    expect(preview.results!.length).toBeGreaterThan(0);
    expect(preview.results!.every((r) => r.ok)).toBe(true);
  });

  it('names the related payloads a built-in declares', () => {
    expect(computePreview({ key: 'builtin:amazon', mapping: '', payload: '', related: {} }).relatedNames).toEqual([
      'items',
    ]);
    expect(builtIn('saved:amazon')).toBeUndefined();
  });

  it('reports a mapping that does not load, and normalizes nothing', () => {
    const preview = computePreview({ key: 'new', mapping: '{ "channel": ', payload: acmeOrders, related: {} });
    expect(preview.mappingProblems.length).toBeGreaterThan(0);
    expect(preview.results).toBeNull();
    expect(preview.channel).toBeUndefined();
  });

  it('waits for a payload: a blank one gives no results but the mapping loads', () => {
    const preview = computePreview({ key: 'new', mapping: TEMPLATE_MAPPING, payload: '  \n', related: {} });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.channel).toBe('acme-shop');
    expect(preview.results).toBeNull();
  });

  it('normalizes each order record of a custom mapping’s payload, refusing the one it cannot map', () => {
    const preview = computePreview({ key: 'new', mapping: TEMPLATE_MAPPING, payload: acmeOrders, related: {} });
    const ids = preview.results!.flatMap((r) => (r.ok ? [r.order.id] : []));
    expect(ids).toEqual(['acme-shop:A-1001', 'acme-shop:A-1002']);
    expect(preview.results!.filter((r) => !r.ok).map((r) => r.recordPath)).toEqual(['$.orders[2]']);
  });
});

describe('payloadMarkersOf', () => {
  it('marks the refused record’s problem on a line of that record in the payload', () => {
    const preview = computePreview({ key: 'new', mapping: TEMPLATE_MAPPING, payload: acmeOrders, related: {} });
    const lines = acmeOrders.split('\n');
    const first = lines.findIndex((l) => l.includes('"A-1003"')); // 0-based: the record's "{" line
    const last = lines.findIndex((l, i) => i > first && l.trim() === '}') + 1;
    const errors = payloadMarkersOf(preview, acmeOrders).filter((m) => m.severity !== 'warning');
    expect(errors.length).toBeGreaterThan(0);
    for (const m of errors) expect(m.line).toBeGreaterThanOrEqual(first);
    for (const m of errors) expect(m.line).toBeLessThanOrEqual(last);
  });

  it('marks only the warnings when every record normalizes', () => {
    const preview = computePreview({
      key: 'builtin:douyin',
      mapping: '',
      payload: samplePayload('douyin')!,
      related: {},
    });
    const warnings = preview.results!.flatMap((r) => r.warnings);
    expect(payloadMarkersOf(preview, samplePayload('douyin')!).length).toBe(warnings.length);
  });
});
