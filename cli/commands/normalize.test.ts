import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CASES, fixturePath } from '../../channels/node/fixtures';
import { cli, ROOT } from '../test-support/fake-io';

const fixture = fixturePath;
const ACME_MAPPING = 'channels/testing/acme-shop.mapping.json';
const ACME_ORDERS = 'channels/testing/acme-shop.orders.json';
const readRepo = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The orders golden files expect for a fixture case (channels/golden/<name>.json, reviewed by hand). */
function goldenOrders(name: string): unknown[] {
  const golden = JSON.parse(readRepo(`channels/golden/${name}.json`)) as { ok: boolean; order?: unknown }[];
  return golden.filter((g) => g.ok).map((g) => g.order);
}

const jsonl = (text: string) =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-normalize-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('orderflow normalize — built-in channels', () => {
  it.each(['douyin-1', 'shopify-1', 'jd-1', 'pinduoduo-1', 'xiaohongshu-1', 'woocommerce-1'])(
    '%s: prints the golden canonical orders as JSON Lines, exit 0',
    async (name) => {
      const c = FIXTURE_CASES.find((f) => f.name === name)!;
      const r = await cli(['normalize', '--channel', c.channel, fixture(c.fixture)]);
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout)).toEqual(goldenOrders(name));
      expect(r.stderr).toMatch(/(^|\n)1 order, 0 refused(, \d+ warnings?)?\n$/);
    },
  );

  it('keeps a Douyin product id above 2^53 digit for digit, and the currency CNY', async () => {
    const r = await cli(['normalize', '--channel', 'douyin', fixture('douyin-1.json')]);
    expect(r.stdout).toContain('"productIds":"3660207428038974464"');
    expect(jsonl(r.stdout)[0]).toMatchObject({ id: 'douyin:6936476692437472563', currency: 'CNY', status: 'refunded' });
  });

  it('prints warnings on stderr with file:line, record and payload path, without refusing', async () => {
    const r = await cli(['normalize', '--channel', 'shopify', fixture('shopify-1.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /shopify-1\.json:\d+: record \$\.order: shopify \$\.order\.total_line_items_price: warning: the lines add up to 597\.00 USD/,
    );
    expect(r.stderr).toMatch(/1 order, 0 refused, 1 warning\n$/);
  });

  it('exits 1 when a record is refused, naming file, record, channel, path and reason; the others still print', async () => {
    const r = await cli(['normalize', '--channel', 'amazon', fixture('amazon-1.json')]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout)).toEqual(goldenOrders('amazon-1'));
    expect(r.stderr).toMatch(
      /^.*amazon-1\.json:\d+: record \$\.example\.payload\.Orders\[0\]: amazon \$\.example\.payload\.Orders\[0\]\.OrderTotal\.Amount: lines: /m,
    );
    expect(r.stderr).toMatch(/3 orders, 1 refused, 2 warnings\n$/);
  });

  it('completes orders with --related (Amazon getOrderItems)', async () => {
    const r = await cli([
      'normalize',
      '--channel',
      'amazon',
      fixture('amazon-1.json'),
      '--related',
      `items=${fixture('amazon-2.json')}`,
    ]);
    expect(jsonl(r.stdout)).toEqual(goldenOrders('amazon-2'));
    // The items of an order that is not in the payload come back as a refused record, never dropped.
    expect(r.stderr).toMatch(
      /amazon-1\.json: record @items:\$\.example\.payload: amazon @items:\$\.example\.payload: @items: this record names order 903-1671087-0812628/,
    );
    expect(r.code).toBe(1);
  });

  it('serves tmall from the taobao mapping', async () => {
    const r = await cli(['normalize', '--channel', 'tmall', fixture('taobao-1.json')]);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toHaveLength(1);
  });

  it('reads JSON Lines as one payload per line; an unreadable line is a refused record with its line', async () => {
    const douyin = JSON.stringify(JSON.parse(readFileSync(fixture('douyin-1.json'), 'utf8')));
    // JSON.parse/stringify above would round the big id; the line keeps the original digits instead:
    const exact = readFileSync(fixture('douyin-1.json'), 'utf8').replace(/\n\s*/g, '');
    const dir = scratch({ 'payloads.jsonl': `${exact}\n\n{"data": {"shop_order_list": [ oops\n${douyin}\n` });
    const r = await cli(['normalize', '--channel', 'douyin', 'payloads.jsonl'], dir);
    expect(r.code).toBe(1);
    const orders = jsonl(r.stdout);
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({ attributes: { productIds: '3660207428038974464' } });
    expect(r.stderr).toMatch(/^payloads\.jsonl:3: record \$: douyin \$: .*JSON/m);
    expect(r.stderr).toMatch(/3 orders, 1 refused\n$/);
  });
});

describe('orderflow normalize — a custom mapping file', () => {
  it('normalizes with the acme-shop mapping and refuses the record no status rule covers', async () => {
    const r = await cli(['normalize', '--channel', ACME_MAPPING, ACME_ORDERS]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((o) => [o.id, o.currency, o.status])).toEqual([
      ['acme-shop:A-1001', 'EUR', 'paid'],
      ['acme-shop:A-1002', 'EUR', 'paid'],
    ]);
    expect(r.stderr).toBe(
      'channels/testing/acme-shop.orders.json:30: record $.orders[2]: acme-shop $.orders[2]: status: no rule of the status table holds for state="lost in the mail"; add a rule (or "otherwise") to the mapping\n' +
        '3 orders, 1 refused\n',
    );
  });

  it('refuses an invalid mapping with its problems at file:line, exit 1', async () => {
    const mapping = JSON.parse(readRepo(ACME_MAPPING));
    mapping.fields.createdAt = { from: 'placed_at', convert: 'money.minor' };
    mapping.timeZone = 'Mars/Olympus';
    const text = JSON.stringify(mapping, null, 2);
    const dir = scratch({ 'broken.mapping.json': text, 'orders.json': readRepo(ACME_ORDERS) });
    const r = await cli(['normalize', '--channel', 'broken.mapping.json', 'orders.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(r.stderr).toContain('orderflow: broken.mapping.json is not a valid channel mapping:');
    expect(r.stderr).toMatch(
      new RegExp(
        `^broken\\.mapping\\.json:${lineOf('"convert": "money.minor"')}: error: \\$\\.fields\\.createdAt\\.convert: .+ \\[invalid-mapping\\]$`,
        'm',
      ),
    );
    expect(r.stderr).toMatch(
      new RegExp(
        `^broken\\.mapping\\.json:${lineOf('Mars/Olympus')}: error: \\$\\.timeZone: .+ \\[invalid-mapping\\]$`,
        'm',
      ),
    );
  });

  it('points at line and column of a mapping that is not JSON', async () => {
    const dir = scratch({ 'bad.json': '{\n  "format": \n}\n', 'o.json': '{}' });
    const r = await cli(['normalize', '--channel', 'bad.json', 'o.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^orderflow: bad\.json:3:1: error: not valid JSON/);
  });
});

describe('orderflow normalize — usage', () => {
  it.each([
    [['normalize', ACME_ORDERS], '--channel is required'],
    [
      ['normalize', '--channel', 'myspace', ACME_ORDERS],
      '--channel "myspace" is neither a built-in channel (shopify, woocommerce, amazon',
    ],
    [['normalize', '--channel', 'douyin'], 'expected 1 file argument(s), got 0'],
    [['normalize', '--channel', 'douyin', 'nope.json'], 'cannot read payload file "nope.json": no such file'],
    [
      ['normalize', '--channel', 'nope.mapping.json', ACME_ORDERS],
      'cannot read channel mapping file "nope.mapping.json": no such file',
    ],
    [
      ['normalize', '--channel', 'douyin', ACME_ORDERS, '--related', 'items=x.json'],
      'the douyin mapping declares no related payload "items" (it takes none)',
    ],
    [['normalize', '--channel', 'amazon', ACME_ORDERS, '--related', 'items'], 'expected name=file'],
    [
      ['simulate', 'examples/flows/vip-priority.flow.json', 'examples/data/orders.jsonl', '--related', 'items=x.json'],
      '--related needs --channel',
    ],
    [
      ['validate', 'examples/flows/vip-priority.flow.json', '--channel', 'douyin'],
      '--channel is not an option of "validate"',
    ],
  ])('exits 2 for %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('documents normalize and channels in --help', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toContain('orderflow normalize --channel <name|mapping.json> <payload.json|payloads.jsonl>');
    expect(r.stdout).toContain('orderflow channels');
  });
});
