import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Locale } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import ForecastPage from './ForecastPage';

// ECharts needs a real layout engine: a stand-in records the options the page gives it.
const options: unknown[] = [];
const maps: string[] = [];
vi.mock('./echarts-setup', () => ({
  registerMap: (name: string) => maps.push(name),
  init: () => ({
    setOption: (option: unknown) => options.push(option),
    resize: () => undefined,
    dispose: () => undefined,
  }),
}));

afterEach(cleanup);
beforeEach(() => {
  options.length = 0;
});

const SLOW = { timeout: 60_000 };

function setup(locale: Locale = 'en') {
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('f', 'F', coreRegistry),
    locale,
    persistLocale: false,
  });
  render(
    <EditorProvider store={store}>
      <ForecastPage makeWorker={() => undefined} />
    </EditorProvider>,
  );
}

async function forecastExample(label: string) {
  await waitFor(() => expect(screen.getByText('examples/data/orders.jsonl')).toBeTruthy(), { timeout: 20_000 });
  fireEvent.click(screen.getByRole('button', { name: label }));
}

describe('ForecastPage', () => {
  it(
    'forecasts the example orders: series, method and why, a chart with history and forecast, transfers to approve',
    SLOW,
    async () => {
      setup();
      await forecastExample('Forecast');
      await waitFor(() => expect(screen.getByText(/^2375 orders read, 25 skipped; \d+ series$/)).toBeTruthy(), {
        timeout: 30_000,
      });
      // The total is shown first: the sum of every SKU × province series.
      expect(screen.getByTestId('fc-method').textContent).toBe('bottom-up');
      const list = screen.getByRole('listbox', { name: 'Series' });
      fireEvent.click(
        within(list)
          .getAllByRole('option')
          .find((o) => o.textContent?.startsWith('AP-WASHER-10KG|Guangdong'))!,
      );
      expect(screen.getByTestId('fc-why').textContent).toMatch(/history/);
      // The series chart's latest option: the heat maps set theirs on the same stand-in, in either order.
      type LineOption = { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
      const lineOptions = () =>
        options.filter((o): o is LineOption => typeof o === 'object' && o !== null && 'xAxis' in o);
      await waitFor(() => expect(lineOptions().length).toBeGreaterThan(0));
      const last = lineOptions().at(-1)!;
      const forecast = last.series.find((s) => s.name === 'Forecast')!;
      expect(forecast.data).toHaveLength(last.xAxis.data.length);
      expect(forecast.data.filter((v) => v !== null)).toHaveLength(14);

      // The heat map: the example's Chinese provinces on the China map, its US states summed on the world map.
      const heat = screen.getByRole('region', { name: 'Forecast demand by region (units over the horizon)' });
      expect(heat.querySelector('figcaption')!.textContent).toMatch(/^China by province; busiest: Guangdong \d+ · /);
      expect(heat.querySelector('figcaption [data-user-text]')!.textContent).toMatch(/^Guangdong \d+ · /);
      await waitFor(() => expect(maps).toEqual(expect.arrayContaining(['china', 'world'])), { timeout: 10_000 });
      type MapOption = { series: { type: string; map: string; data: { name: string; value: number }[] }[] };
      const mapOf = (name: string) =>
        (options as MapOption[]).find((o) => o.series[0]?.type === 'map' && o.series[0].map === name)!.series[0]!;
      await waitFor(() => expect(mapOf('china')).toBeTruthy());
      const guangdong = mapOf('china').data.find((d) => d.name === '广东')!;
      expect(guangdong.value).toBe(Math.max(...mapOf('china').data.map((d) => d.value)));
      expect(mapOf('world').data.map((d) => d.name)).toEqual(['US']);

      const transfers = screen.getByRole('region', { name: 'transfers' });
      const boxes = within(transfers).getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThan(0);
      const download = within(transfers).getByRole('button', {
        name: 'Download the context with the approved transfers and the forecast table for flows',
      }) as HTMLButtonElement;
      expect(download.disabled).toBe(true);
      fireEvent.click(boxes[0]!);
      expect(download.disabled).toBe(false);
      // The downloaded context holds the approved move and the forecast as tables a flow's condition reads.
      const blobs: Blob[] = [];
      const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:forecast';
      });
      const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      fireEvent.click(download);
      created.mockRestore();
      const saved = JSON.parse(await blobs[0]!.text()) as {
        tables: Record<string, { rows: Record<string, number> }>;
      };
      expect(saved.tables.forecastDemand!.rows['EL-PHONE-PRO']).toBeGreaterThan(0);
      expect(saved.tables.forecastDemand!.rows['AP-WASHER-10KG|Guangdong']).toBeGreaterThan(0);
      expect(saved.tables.stockOnHand!.rows['EL-PHONE-PRO']).toBe(15);
      expect(saved.tables.regionReturnRate).toBeDefined();
      await waitFor(() => expect(revoked).toHaveBeenCalled());
      revoked.mockRestore();
    },
  );

  it('speaks Chinese', async () => {
    setup('zh');
    expect(screen.getByRole('dialog', { name: '需求预测 — 未下单先准备' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始预测' })).toBeTruthy();
    expect(screen.getByText(/回测（8 个每周起点/)).toBeTruthy();
  });
});
