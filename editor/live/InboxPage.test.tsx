import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Locale } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider, useEditor } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { fakeServer } from './fake-server.test-support';
import { InboxPage } from './InboxPage';

// React Flow needs a real layout engine; this stand-in shows what the run's canvas store lights.
vi.mock('../canvas/Canvas', () => ({
  Canvas: () => {
    const overlay = useEditor((s) => s.overlay);
    const flowId = useEditor((s) => s.flow.id);
    return (
      <output aria-label="canvas">{`${flowId}: ${overlay?.highlightedNodeIds?.join(' → ') ?? ''} | ${overlay?.highlightedEdgeIds?.join(',') ?? ''}`}</output>
    );
  },
}));

afterEach(cleanup);

const flow = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'flows', 'multi-warehouse.flow.json'), 'utf8'),
);
const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const path = [
  { nodeId: 'order-received', type: 'trigger', port: 'start' },
  { nodeId: 'route', type: 'route', port: 'review' },
  { nodeId: 'remote-review', type: 'approval', port: null, waited: true },
];
const item = (waitId: string, orderId: string, dueAt: string | null) => ({
  waitId,
  runId: `run-${waitId}`,
  runVersion: 1,
  flowId: 'multi-warehouse',
  flowVersion: 1,
  orderId,
  channel: 'tmall',
  kind: 'approval',
  nodeId: 'remote-review',
  role: 'fulfilment-lead',
  reason: 'Remote-area shipping plan needs a person',
  decisions: ['approved', 'rejected'],
  createdAt: '2026-12-07T09:00:00.000Z',
  dueAt,
  order: { id: orderId },
  path,
});

function renderInbox(routes: Parameters<typeof fakeServer>[0], locale: Locale = 'en') {
  const server = fakeServer({
    'GET /api/v1/flows/multi-warehouse/versions/1': { status: 200, body: { flow } },
    ...routes,
  });
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('open', 'Open', coreRegistry),
    locale,
    persistLocale: false,
  });
  render(
    <EditorProvider store={store}>
      <InboxPage api={createServerApi(server.fetchFn)} onClose={() => undefined} clock={() => NOW} />
    </EditorProvider>,
  );
  return server;
}

describe('InboxPage', () => {
  it('lists holds earliest deadline first with a countdown, and lights the path so far on the run’s own canvas', async () => {
    renderInbox({
      'GET /api/v1/inbox': {
        status: 200,
        body: {
          items: [
            item('w-late', 'SO-LATE', '2026-12-07T14:00:00.000Z'),
            item('w-none', 'SO-NONE', null),
            item('w-soon', 'SO-SOON', '2026-12-07T10:30:00.000Z'),
          ],
        },
      },
    });
    const list = await screen.findByRole('list', { name: 'Inbox' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent?.split(' ·')[0]),
    ).toEqual(['SO-SOON', 'SO-LATE', 'SO-NONE']);
    expect(within(list).getByText('30m left')).toBeTruthy();
    // A hold without a deadline (QC waits for the goods) shows its age instead.
    expect(within(list).getByText('waiting 1h · no deadline')).toBeTruthy();
    expect(
      await screen.findByText(
        'multi-warehouse: order-received → route → remote-review | e-order-received-start,e-route-review',
      ),
    ).toBeTruthy();
  });

  it('names the buttons by the node’s own ports, in Chinese too, and requires a comment to reject', async () => {
    const { seen } = renderInbox(
      {
        'GET /api/v1/inbox': { status: 200, body: { items: [item('w1', 'SO-1', '2026-12-07T11:00:00.000Z')] } },
        'POST /api/v1/runs/run-w1/decisions': {
          status: 200,
          body: { runId: 'run-w1', flowId: 'multi-warehouse', flowVersion: 1, status: 'rejected', decision: 'reject' },
        },
      },
      'zh',
    );
    const reject = await screen.findByRole('button', { name: '驳回' });
    expect(screen.getByRole('button', { name: '批准' })).toBeTruthy();
    // The channel is named in the UI language, as everywhere else (tmall → 天猫).
    expect(screen.getByRole('list', { name: '待办审批' }).textContent).toContain('SO-1 · 天猫 ·');
    fireEvent.click(reject);
    expect(screen.getByRole('alert').textContent).toBe('选择“驳回”必须填写备注。');
    expect(seen.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('备注'), { target: { value: '地址不可达' } });
    fireEvent.click(reject);
    expect(await screen.findByText('已决定“驳回”：运行状态为 已拒绝。')).toBeTruthy();
    const post = seen.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ decision: 'rejected', comment: '地址不可达' });
    expect(post?.headers['idempotency-key']).toBeTruthy();
  });

  it('shows a self-approval refusal as such', async () => {
    renderInbox({
      'GET /api/v1/inbox': { status: 200, body: { items: [item('w1', 'SO-1', null)] } },
      'POST /api/v1/runs/run-w1/decisions': {
        status: 403,
        body: { error: { code: 'self-approval', message: 'you sent this order, so someone else must decide it' } },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Approved' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Refused: you may not decide on your own order or flow. you sent this order, so someone else must decide it',
    );
  });
});
