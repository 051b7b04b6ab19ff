import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Locale } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { DeadLettersPage } from './DeadLettersPage';
import { fakeServer } from './fake-server.test-support';

afterEach(cleanup);

const letter = (seq: number, kind: string, payload: unknown) => ({
  seq,
  dedupeKey: `run_1:v1:${kind}:${seq}`,
  runId: 'run_1',
  kind,
  status: 'dead',
  attempts: 8,
  lastError: 'wms.example.com answered 503: maintenance',
  createdAt: '2026-12-07T09:00:00.000Z',
  nextAttemptAt: null,
  deadAt: '2026-12-07T10:00:00.000Z',
  payload,
});

function renderPage(locale: Locale = 'en') {
  let dead = [
    letter(7, 'api-call', { request: { method: 'POST', url: 'https://wms.example.com/api/orders' } }),
    letter(9, 'webhook', { webhookId: 'whk_1', event: { type: 'order.held' } }),
  ];
  const server = fakeServer({
    'GET /api/v1/outbox/dead': () => ({ status: 200, body: { entries: dead } }),
    'POST /api/v1/outbox/7/retry': () => {
      dead = dead.filter((d) => d.seq !== 7);
      return { status: 200, body: { ...letter(7, 'api-call', {}), status: 'pending', attempts: 0 } };
    },
    'POST /api/v1/outbox/9/discard': {
      status: 409,
      body: { error: { code: 'not-dead', message: 'outbox entry 9 changed meanwhile' } },
    },
  });
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('open', 'Open', coreRegistry),
    locale,
    persistLocale: false,
  });
  render(
    <EditorProvider store={store}>
      <DeadLettersPage api={createServerApi(server.fetchFn)} onClose={() => undefined} />
    </EditorProvider>,
  );
  return server;
}

describe('failed deliveries', () => {
  it('lists what failed and why; Retry sends it back to the server, and the list reloads', async () => {
    const server = renderPage();
    expect(await screen.findByText('API call: POST https://wms.example.com/api/orders')).toBeTruthy();
    expect(screen.getByText('Webhook: order held')).toBeTruthy();
    expect(screen.getAllByText('wms.example.com answered 503: maintenance')).toHaveLength(2);
    fireEvent.click(screen.getAllByText('Retry')[0]!);
    await screen.findByText('Webhook: order held');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByText(/API call: POST/)).toBeNull();
    const retry = server.seen.find((r) => r.method === 'POST')!;
    expect(retry.url).toBe('/api/v1/outbox/7/retry');
    expect(retry.headers['idempotency-key']).toBeTruthy();
  });

  it('a conflict (someone acted first) is not shown as an error; 中文 labels', async () => {
    const server = renderPage('zh');
    expect(await screen.findByText('投递失败')).toBeTruthy();
    expect(screen.getByText('Webhook 推送：订单挂起')).toBeTruthy();
    fireEvent.click(screen.getAllByText('放弃')[1]!);
    await waitFor(() => expect((screen.getAllByText('放弃')[1] as HTMLButtonElement).disabled).toBe(false));
    expect(server.seen.some((r) => r.url === '/api/v1/outbox/9/discard')).toBe(true);
    expect(server.seen.filter((r) => r.url === '/api/v1/outbox/dead')).toHaveLength(2); // reloaded
    expect(screen.queryByText(/操作失败/)).toBeNull();
    expect(screen.getAllByText('重新发送')).toHaveLength(2);
  });
});
