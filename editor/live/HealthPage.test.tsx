import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { fakeServer } from './fake-server.test-support';
import { HealthPage } from './HealthPage';

afterEach(cleanup);

const kpis = {
  runs: 4,
  asOf: '2026-11-14T02:00:00.000Z',
  kpis: [
    {
      id: 'first-touch-on-time',
      name: { en: 'First-touch on-time rate', zh: '首触达准时率' },
      definition: { en: 'Orders scanned by the promise.', zh: '在承诺时间前揽收的订单占比。' },
      grain: 'order',
      value: 25,
      numerator: 1,
      denominator: 4,
      trend: [],
    },
    {
      id: 'exception-recovery',
      name: { en: 'Exception recovery time', zh: '异常恢复时长' },
      definition: { en: 'From exception to resolution.', zh: '从异常到恢复的时长。' },
      grain: 'exception',
      value: 6,
      denominator: 2,
      quantiles: [
        { q: 0.5, value: 6 },
        { q: 0.9, value: 10 },
      ],
      trend: [],
    },
  ],
};

function renderPage(locale: 'en' | 'zh') {
  const server = fakeServer({ 'GET /api/v1/health/kpis': { status: 200, body: kpis } });
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('open', 'Open', coreRegistry),
    locale,
    persistLocale: false,
  });
  render(
    <EditorProvider store={store}>
      <HealthPage api={createServerApi(server.fetchFn)} onClose={() => {}} />
    </EditorProvider>,
  );
  return server;
}

describe('the Health page', () => {
  it('shows each KPI with its figure and definition, and asks again with the filters', async () => {
    const server = renderPage('en');
    await screen.findByText('25.00% (1/4)');
    expect(screen.getByText('Orders scanned by the promise.')).toBeTruthy();
    expect(screen.getByText('P50 6 h · P90 10 h')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Province'), { target: { value: 'Xinjiang' } });
    fireEvent.change(screen.getByLabelText('Version'), { target: { value: 'two' } }); // not a number: left out
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('link', { name: 'Download the audit report' });
    await expect.poll(() => server.seen.at(-1)?.url).toBe('/api/v1/health/kpis?province=Xinjiang');
    expect(screen.getByRole('link', { name: 'Download the audit report' }).getAttribute('href')).toBe(
      '/api/v1/health/report?province=Xinjiang',
    );
  });

  it('speaks 中文: names, definitions and labels', async () => {
    renderPage('zh');
    await screen.findByText('首触达准时率');
    expect(screen.getByText('在承诺时间前揽收的订单占比。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '下载审计报告' })).toBeTruthy();
  });
});
