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
vi.mock('./echarts-setup', () => ({
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
      await waitFor(() => expect(options.length).toBeGreaterThan(0));
      const last = options.at(-1) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
      const forecast = last.series.find((s) => s.name === 'Forecast')!;
      expect(forecast.data).toHaveLength(last.xAxis.data.length);
      expect(forecast.data.filter((v) => v !== null)).toHaveLength(14);

      const transfers = screen.getByRole('region', { name: 'transfers' });
      const boxes = within(transfers).getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThan(0);
      const download = within(transfers).getByRole('button', {
        name: 'Download the context with the approved transfers',
      }) as HTMLButtonElement;
      expect(download.disabled).toBe(true);
      fireEvent.click(boxes[0]!);
      expect(download.disabled).toBe(false);
    },
  );

  it('speaks Chinese', async () => {
    setup('zh');
    expect(screen.getByRole('dialog', { name: '需求预测 — 未下单先准备' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始预测' })).toBeTruthy();
    expect(screen.getByText(/回测（8 个每周起点/)).toBeTruthy();
  });
});
