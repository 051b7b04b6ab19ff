import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mappingJsonSchema } from './mapping.schema';
import { BUILT_IN_CHANNELS, builtInMapping, loadMapping } from './registry';

const repoFile = (path: string) => new URL(`../${path}`, import.meta.url);
const acme = () => JSON.parse(readFileSync(new URL('./testing/acme-shop.mapping.json', import.meta.url), 'utf8'));
const problemsOf = (doc: unknown) => {
  const loaded = loadMapping(doc);
  return loaded.ok ? [] : loaded.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('the built-in channels', () => {
  it.each(BUILT_IN_CHANNELS.map((c) => [c.channel, c]))(
    '%s: its mapping file loads and is the one the registry serves',
    (_name, channel) => {
      expect(JSON.parse(readFileSync(repoFile(channel.mappingFile), 'utf8'))).toEqual(channel.document);
      expect(problemsOf(channel.document)).toEqual([]);
      expect((channel.document as { $schema: string }).$schema).toBe('../mapping.schema.json');
      expect(builtInMapping(channel.channel)?.channel).toBe(channel.channel);
    },
  );

  it('serves tmall from the taobao mapping and knows nothing else', () => {
    expect(builtInMapping('tmall')?.channel).toBe('taobao');
    expect(builtInMapping('myspace')).toBeUndefined();
  });

  it('channels/mapping.schema.json matches the zod schema (run `npx tsx channels/node/write-mapping-schema.ts` after changing it)', () => {
    expect(JSON.parse(readFileSync(new URL('./mapping.schema.json', import.meta.url), 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(mappingJsonSchema())),
    );
  });
});

describe('loadMapping checks a custom mapping document', () => {
  it('accepts a valid one, as JSON text too', () => {
    expect(problemsOf(acme())).toEqual([]);
    expect(loadMapping(JSON.stringify(acme())).ok).toBe(true);
  });

  it('says where the document is wrong', () => {
    expect(problemsOf('{"format": ')[0]).toMatch(/^\$: not valid JSON/);
    expect(problemsOf({ ...acme(), format: 'other' })).toEqual([expect.stringMatching(/^\$\.format: /)]);
    expect(problemsOf({ ...acme(), surprise: 1 })).toEqual([
      expect.stringMatching(/^\$: Unrecognized key: "surprise"/),
    ]);
    const doc = acme();
    doc.fields.createdAt = { from: 'placed_at', convert: 'money.minor' };
    doc.fields.shippingFee = { from: 'shipping_cents' };
    doc.fields['shippingAddress.city'] = { from: 'ship_to..city' };
    doc.lines.fields.unitPrice.rounding = 'halfUp';
    doc.lines.fields.name = { from: 'title', currencyFrom: 'currency' };
    doc.attributes.masked = 'x';
    doc.attributes.fromItems = '@items.total';
    doc.timeZone = 'Mars/Olympus';
    expect(problemsOf(doc)).toEqual([
      '$.timeZone: "Mars/Olympus" is neither an IANA time zone nor an offset like +08:00',
      '$.fields.createdAt.convert: createdAt needs a time value; "money.minor" gives money',
      expect.stringMatching(
        /^\$\.fields\.shippingFee\.convert: shippingFee needs a conversion: one of money\.decimalString, /,
      ),
      '$.fields.shippingAddress.city.from: "ship_to..city" is not a path: "" is not a key, "*" or key[field=text]',
      '$.lines.fields.name.currencyFrom: "currencyFrom" applies to money conversions only',
      '$.attributes.masked: "masked" is written by normalize itself',
      '$.attributes.fromItems.from: "@items.total" reads @items, which the mapping\'s "related" does not declare',
    ]);
  });
});
