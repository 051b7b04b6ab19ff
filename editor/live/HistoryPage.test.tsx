import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider, useEditor } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { AuditPage, exportHref } from './AuditPage';
import { fakeServer } from './fake-server.test-support';
import { HistoryPage, NO_FILTER, runQuery } from './HistoryPage';

vi.mock('../canvas/Canvas', () => ({
  Canvas: () => {
    const overlay = useEditor((s) => s.overlay);
    return <output aria-label="canvas">{overlay?.highlightedNodeIds?.join(' → ') ?? ''}</output>;
  },
}));

afterEach(cleanup);

const flow = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'flows', 'multi-warehouse.flow.json'), 'utf8'),
);
const run = (runId: string, status: string) => ({
  runId,
  flowId: 'multi-warehouse',
  flowVersion: 2,
  status,
  decision: 'accept',
  orderId: `SO-${runId}`,
  channel: 'jd',
  createdAt: '2026-12-07T09:00:00.000Z',
});

function renderPage(
  page: (api: ReturnType<typeof createServerApi>) => React.ReactNode,
  routes: Parameters<typeof fakeServer>[0],
) {
  const server = fakeServer(routes);
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('open', 'Open', coreRegistry),
    locale: 'en',
    persistLocale: false,
  });
  render(<EditorProvider store={store}>{page(createServerApi(server.fetchFn))}</EditorProvider>);
  return server;
}

describe('run history', () => {
  it('turns the filters into the server query; a "to" day includes the whole day', () => {
    const query = new URLSearchParams(
      runQuery({
        flowId: ' multi-warehouse ',
        version: '2',
        status: 'completed',
        channel: 'jd',
        from: '2026-12-01',
        to: '2026-12-01',
      }).slice(1),
    );
    expect(Object.fromEntries(query)).toMatchObject({
      flowId: 'multi-warehouse',
      version: '2',
      status: 'completed',
      channel: 'jd',
    });
    expect(Date.parse(query.get('to')!) - Date.parse(query.get('from')!)).toBe(86_400_000);
    expect(runQuery(NO_FILTER)).toBe('');
    expect(runQuery({ ...NO_FILTER, version: 'two' })).toBe('');
  });

  it('filters, lists runs, and opens one with its trace lit on its pinned version', async () => {
    const { seen } = renderPage((api) => <HistoryPage api={api} onClose={() => undefined} />, {
      'GET /api/v1/runs': (req) => ({
        status: 200,
        body: {
          runs: req.url.includes('status=completed')
            ? [run('r1', 'completed')]
            : [run('r1', 'completed'), run('r2', 'waiting')],
          nextCursor: null,
        },
      }),
      'GET /api/v1/runs/r1': {
        status: 200,
        body: {
          ...run('r1', 'completed'),
          order: {},
          trace: [
            { nodeId: 'order-received', type: 'trigger', port: 'start' },
            { nodeId: 'route', type: 'route', port: 'routed' },
            { nodeId: 'accept', type: 'end', port: null },
          ],
        },
      },
      'GET /api/v1/flows/multi-warehouse/versions/2': { status: 200, body: { flow } },
    });
    expect(await screen.findByText('SO-r2')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'completed' } });
    fireEvent.click(screen.getByText('Search'));
    await screen.findByText('SO-r1');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByText('SO-r2')).toBeNull();
    expect(seen.at(-1)!.url).toBe('/api/v1/runs?status=completed');
    fireEvent.click(screen.getByText('SO-r1'));
    expect(await screen.findByText('order-received → route → accept')).toBeTruthy();
  });
});

describe('audit log', () => {
  it('lists entries with before → after and offers the server’s CSV and JSONL exports', async () => {
    renderPage((api) => <AuditPage api={api} onClose={() => undefined} />, {
      'GET /api/v1/audit': {
        status: 200,
        body: {
          entries: [
            {
              seq: 7,
              at: '2026-12-07T09:00:00.000Z',
              actor: 'usr_admin',
              actorName: 'admin',
              action: 'user.change',
              subject: 'usr_b',
              subjectName: 'bella',
              before: { disabled: false },
              after: { disabled: true },
            },
          ],
          nextAfter: null,
        },
      },
    });
    expect(await screen.findByText('user.change')).toBeTruthy();
    // Names, with the id on hover.
    expect(screen.getByText('admin').getAttribute('title')).toBe('usr_admin');
    expect(screen.getByText('bella').getAttribute('title')).toBe('usr_b');
    expect(screen.getByText('{"disabled":false} → {"disabled":true}')).toBeTruthy();
    expect(screen.getByText('Export CSV').getAttribute('href')).toBe(exportHref('csv'));
    expect(exportHref('jsonl')).toBe('/api/v1/audit?format=jsonl&limit=100000');
  });
});
