/**
 * A value that is not what the channel documents is a problem naming its JSON path, unless the mapping
 * names the conversion that accepts it: counts as text, exponents, lower-case currency codes, negative
 * ids and negative amounts are signs of a broken or forged payload, never read silently.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizeResult } from './normalize';
import { readFixture } from './node/fixtures';
import { loadMapping } from './registry';

function shopify(edit: (order: any) => void): string {
  const payload = parse(readFixture('shopify-1.json')) as any;
  edit(payload.order);
  return stringify(payload)!;
}
const problems = (results: readonly NormalizeResult[]) => results.flatMap((r) => (r.ok ? [] : r.problems));
/** The built-in Shopify mapping with one field's conversion changed. */
function shopifyMappingWith(edit: (mapping: any) => void) {
  const mapping = JSON.parse(readFixtureMapping()) as any;
  edit(mapping);
  const loaded = loadMapping(JSON.stringify(mapping));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.mapping;
}
const readFixtureMapping = () => readFileSync(new URL('./mappings/shopify.mapping.json', import.meta.url), 'utf8');

describe('channel values are what the channel documents, or a problem with their path', () => {
  it.each([
    [
      'a quantity given as text',
      (o: any) => (o.line_items[0].quantity = '2'),
      '$.order.line_items[0].quantity',
      'lines[0].quantity: expected a whole number, got the text "2"; name the conversion "int.text" if this channel writes counts as text',
    ],
    [
      'an amount with an exponent',
      (o: any) => (o.line_items[0].price = '1.99e2'),
      '$.order.line_items[0].price',
      'lines[0].unitPrice: "1.99e2" is written with an exponent; name the conversion "money.scientific" if this channel writes amounts so',
    ],
    [
      'a lower-case currency code',
      (o: any) => (o.currency = 'usd'),
      '$.order.currency',
      'currency: "usd" is not an ISO 4217 code (they are upper case); name the conversion "currency.anyCase" if this channel writes them otherwise',
    ],
    [
      'a negative order id',
      (o: any) => (o.id = -450789469),
      '$.order.id',
      'channelOrderId: the id -450789469 is negative; name the conversion "id.signed" if this channel really uses negative ids',
    ],
    [
      'a negative total_price',
      (o: any) => (o.total_price = '-409.94'),
      '$.order.total_price',
      "payment.amount: -409.94 is negative; an order's amounts are never below zero",
    ],
    [
      'a negative subtotal_price (the Shopify test webhook sends "-5.00")',
      (o: any) => (o.subtotal_price = '-5.00'),
      '$.order.subtotal_price',
      "attributes.channelSubtotal: -5.00 is negative; an order's amounts are never below zero",
    ],
  ])('%s is refused with its path', (_, edit, path, message) => {
    const results = normalize('shopify', shopify(edit));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(problems(results)).toContainEqual(expect.objectContaining({ channel: 'shopify', path, message }));
  });

  it.each([
    [
      'int.text',
      (m: any) => (m.lines.fields.quantity.convert = 'int.text'),
      (o: any) => (o.line_items[0].quantity = '2'),
    ],
    [
      'currency.anyCase',
      (m: any) => (m.fields.currency.convert = 'currency.anyCase'),
      (o: any) => (o.currency = 'usd'),
    ],
    ['id.signed', (m: any) => (m.fields.channelOrderId.convert = 'id.signed'), (o: any) => (o.id = -450789469)],
  ])('a mapping that names %s accepts the value', (_, editMapping, editOrder) => {
    const [result] = normalize(shopifyMappingWith(editMapping), shopify(editOrder));
    expect(problems([result!])).toEqual([]);
    expect(result!.ok).toBe(true);
  });

  it('converts what the named conversion promises', () => {
    const quantity = normalize(
      shopifyMappingWith((m) => (m.lines.fields.quantity.convert = 'int.text')),
      shopify((o) => (o.line_items[0].quantity = '2')),
    )[0]!;
    const currency = normalize(
      shopifyMappingWith((m) => (m.fields.currency.convert = 'currency.anyCase')),
      shopify((o) => (o.currency = 'usd')),
    )[0]!;
    expect(quantity.ok && quantity.order.lines[0]!.quantity).toBe(2);
    expect(currency.ok && currency.order.currency).toBe('USD');
  });
});
