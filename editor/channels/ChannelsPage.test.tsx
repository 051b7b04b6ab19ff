import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Locale } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { ChannelsPage, NEW_MAPPING } from './ChannelsPage';
import { ChannelsDb, listMappings } from './db';
import { samplePayload } from './samples/index';

// Monaco cannot run in jsdom: a textarea with MonacoJson's props stands in (as in the json-view tests);
// the schema and the marker lines are exposed as data.
vi.mock('../json-view/MonacoJson', () => ({
  MonacoJson: (props: {
    value: string;
    onChange: (t: string) => void;
    ariaLabel?: string;
    readOnly?: boolean;
    schema?: object;
    markers?: readonly { line: number }[];
  }) => (
    <textarea
      aria-label={props.ariaLabel ?? 'json'}
      readOnly={props.readOnly}
      data-has-schema={props.schema ? 'yes' : 'no'}
      data-marker-lines={(props.markers ?? []).map((m) => m.line).join(',')}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  ),
}));

// Pasted payloads and drafts are kept in localStorage (across reloads): each test starts with none.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** The real Douyin payload of the channel fixtures (channels/fixtures), as a person would paste it. */
const DOUYIN_FIXTURE = readFileSync(
  join(import.meta.dirname, '..', '..', 'channels', 'fixtures', 'douyin-1.json'),
  'utf8',
);

function setup(locale: Locale = 'en', initialKey?: string) {
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('f', 'F', coreRegistry),
    locale,
    persistLocale: false,
  });
  const db = new ChannelsDb(`channels-page-${Math.random().toString(36).slice(2)}`);
  const onClose = vi.fn();
  render(
    <EditorProvider store={store}>
      <ChannelsPage db={db} delayMs={0} onClose={onClose} {...(initialKey ? { initialKey } : {})} />
    </EditorProvider>,
  );
  return { db, onClose, store };
}

const channelSelect = () => screen.getByLabelText('Channel') as HTMLSelectElement;
const payloadBox = () => screen.getByLabelText('Payload') as HTMLTextAreaElement;
const mappingBox = () => screen.getByLabelText('Mapping JSON') as HTMLTextAreaElement;
const paste = (box: HTMLTextAreaElement, text: string) => fireEvent.change(box, { target: { value: text } });

describe('ChannelsPage — nothing pasted is lost', () => {
  it('keeps the pasted payload across a reload of the page', () => {
    setup('en', 'builtin:douyin');
    paste(payloadBox(), DOUYIN_FIXTURE);
    cleanup(); // the page goes away, as on a reload; localStorage stays
    setup('en', 'builtin:douyin');
    expect(payloadBox().value).toBe(DOUYIN_FIXTURE);
    expect(screen.getByTestId('ch-summary').textContent).toBe('1 records: 1 normalized, 0 refused, 0 warnings');
  });
});
const orders = () =>
  screen.queryAllByTestId('canonical-order').map((pre) => JSON.parse(pre.textContent ?? '') as Record<string, unknown>);

describe('ChannelsPage — built-in channels', () => {
  it('pasting a Douyin payload shows the canonical order: currency CNY and the exact big product id', () => {
    setup();
    fireEvent.change(channelSelect(), { target: { value: 'builtin:douyin' } });
    paste(payloadBox(), DOUYIN_FIXTURE);
    expect(screen.getByTestId('ch-summary').textContent).toBe('1 records: 1 normalized, 0 refused, 0 warnings');
    const [order] = orders();
    expect(order).toMatchObject({
      id: 'douyin:6936476692437472563',
      currency: 'CNY',
      status: 'refunded',
      attributes: { productIds: '3660207428038974464' },
    });
    // The text shown is the order itself: the id digits are exact there too.
    expect(screen.getByTestId('canonical-order').textContent).toContain('"productIds": "3660207428038974464"');
    expect(screen.getByText('¥0.01 CNY')).toBeTruthy();
  });

  it('starts each built-in with its sample, and shows its mapping read-only', () => {
    setup('en', 'builtin:jd');
    expect(payloadBox().value).toBe(samplePayload('jd'));
    expect(mappingBox().readOnly).toBe(true);
    expect(mappingBox().value).toContain('"channel": "jd"');
    expect(mappingBox().value).not.toContain('$schema');
    expect(
      screen.getByRole('heading', { name: 'Built-in mapping channels/mappings/jd.mapping.json (read-only)' }),
    ).toBeTruthy();
    expect(orders()).toEqual([expect.objectContaining({ channel: 'jd' })]);
  });

  it('a broken payload shows the problems with their payload paths and lines', () => {
    setup('en', 'builtin:douyin');
    const broken = samplePayload('douyin')!
      .replace('"create_time": 1731916551', '"create_time": "yesterday"')
      .replace('"pay_amount": 1', '"pay_amount": 1.5');
    paste(payloadBox(), broken);
    expect(screen.getByTestId('ch-summary').textContent).toBe('1 records: 0 normalized, 1 refused, 0 warnings');
    const record = screen.getByRole('article', { name: 'Record $.data.shop_order_list[0]' });
    expect(within(record).getByText('refused')).toBeTruthy();
    const paths = within(record)
      .getAllByText(/^\$\./, { selector: 'code' })
      .map((c) => c.textContent);
    expect(paths).toEqual(
      expect.arrayContaining(['$.data.shop_order_list[0].create_time', '$.data.shop_order_list[0].pay_amount']),
    );
    const createLine = broken.split('\n').findIndex((l) => l.includes('"create_time"')) + 1;
    expect(within(record).getByRole('button', { name: `line ${createLine}` })).toBeTruthy();
    expect(payloadBox().dataset.markerLines?.split(',')).toContain(String(createLine));
    expect(orders()).toEqual([]);
  });

  it('text that is not JSON is one refused record pointing at the line', () => {
    setup('en', 'builtin:shopify');
    paste(payloadBox(), '{\n  "order": {\n    "id": \n}');
    expect(screen.getByTestId('ch-summary').textContent).toMatch(/0 normalized, 1 refused/);
    expect(screen.getByRole('article').textContent).toMatch(/JSON/);
  });

  it('shows warnings beside an order (Shopify’s items total disagreeing with its lines)', () => {
    setup('en', 'builtin:shopify');
    expect(screen.getByTestId('ch-summary').textContent).toBe('1 records: 1 normalized, 0 refused, 1 warnings');
    expect(screen.getByText(/the lines add up to 597\.00 USD/)).toBeTruthy();
  });

  it('says the normalizer’s warnings in 中文: Shopify’s items total disagreeing with its lines', () => {
    setup('zh', 'builtin:shopify');
    const record = screen.getByRole('article');
    expect(within(record).getByText(/^商品行合计 597\.00 USD，但渠道报文中的商品金额为/)).toBeTruthy();
    expect(record.textContent).not.toMatch(/add up to|states/);
    expect(record.querySelector('[lang="en"]')).toBeNull();
  });

  it('speaks Chinese when the editor does', () => {
    setup('zh', 'builtin:douyin');
    expect(screen.getByRole('dialog', { name: '渠道 — 所有销售渠道统一的订单模型' })).toBeTruthy();
    expect(screen.getByTestId('ch-summary').textContent).toBe('1 条记录：1 条已转换，0 条被拒，0 个警告');
  });

  it('closes', () => {
    const { onClose } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('ChannelsPage — custom mappings', () => {
  it('a new mapping starts from the acme-shop example, with the mapping schema and a live preview', () => {
    setup('en', NEW_MAPPING);
    expect(mappingBox().readOnly).toBe(false);
    expect(mappingBox().dataset.hasSchema).toBe('yes');
    expect(orders().map((o) => o.id)).toEqual(['acme-shop:A-1001', 'acme-shop:A-1002']);
    expect(screen.getByRole('article', { name: 'Record $.orders[2]' }).textContent).toContain(
      'state="lost in the mail"',
    );
    // Editing the mapping re-normalizes: a status rule for the third order.
    paste(mappingBox(), mappingBox().value.replace(/("state": )"open"/, '$1["open", "lost in the mail"]'));
    expect(orders().map((o) => [o.id, o.status])).toEqual([
      ['acme-shop:A-1001', 'paid'],
      ['acme-shop:A-1002', 'paid'],
      ['acme-shop:A-1003', 'pending'],
    ]);
  });

  it('mapping problems are listed with their paths and marked; the mapping cannot be saved', () => {
    setup('en', NEW_MAPPING);
    const broken = mappingBox().value.replace('"time.iso"', '"money.minor"');
    paste(mappingBox(), broken);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('$.fields.createdAt.convert')).toBeTruthy();
    const lines = broken.split('\n');
    const createdAt = lines.findIndex((l) => l.includes('"createdAt"'));
    const line = lines.findIndex((l, i) => i > createdAt && l.includes('"convert": "money.minor"')) + 1;
    expect(mappingBox().dataset.markerLines).toBe(String(line));
    expect((screen.getByRole('button', { name: 'Save mapping' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a saved custom mapping appears in the channel list, and is kept in orderflow-channels', async () => {
    const { db } = setup('en', NEW_MAPPING);
    paste(
      mappingBox(),
      mappingBox()
        .value.replace('"channel": "acme-shop"', '"channel": "my-shop"')
        .replace(
          '"title": "ACME Shop order export (a channel added with this file alone)"',
          '"title": "My shop export"',
        ),
    );
    expect(orders()[0]).toMatchObject({ id: 'my-shop:A-1001', channel: 'my-shop' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save mapping' })));
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Saved “my-shop”: it can now be chosen when importing orders for simulation.',
    );
    await waitFor(() =>
      expect([...channelSelect().options].map((o) => o.textContent)).toContain(
        'my-shop — My shop export (saved mapping)',
      ),
    );
    expect(channelSelect().value).toBe('saved:my-shop');
    expect((await listMappings(db)).map((r) => [r.id, r.sample.includes('A-1001')])).toEqual([['my-shop', true]]);
    // Its payload and preview stay; it can be deleted again.
    expect(orders()[0]).toMatchObject({ id: 'my-shop:A-1001' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete saved mapping' })));
    await waitFor(() => expect([...channelSelect().options].map((o) => o.value)).not.toContain('saved:my-shop'));
    expect(channelSelect().value).toBe(NEW_MAPPING);
    expect(mappingBox().value).toContain('"channel": "my-shop"');
  });

  it('copies a built-in mapping into a new one', () => {
    setup('en', 'builtin:pinduoduo');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as a new mapping' }));
    expect(channelSelect().value).toBe(NEW_MAPPING);
    expect(mappingBox().readOnly).toBe(false);
    expect(mappingBox().value).toContain('"channel": "pinduoduo"');
    expect(orders()).toEqual([expect.objectContaining({ channel: 'pinduoduo' })]);
    expect(screen.getByRole('button', { name: 'Save mapping' })).toBeTruthy();
  });
});
