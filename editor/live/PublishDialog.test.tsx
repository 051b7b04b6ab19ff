import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import type { Flow } from '../../runtime/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { ADMIN, fakeServer } from './fake-server.test-support';
import { LiveBar } from './LiveBar';
import { LiveSessionProvider } from './LiveSessionProvider';

afterEach(cleanup);

const live: Flow = triggerToEndFlow('promo', 'Promo', coreRegistry);
const version = (n: number, isLive: boolean) => ({
  flowId: 'promo',
  version: n,
  contentHash: `h${n}`,
  live: isLive,
  author: 'usr_admin',
  publishedBy: 'usr_admin',
  publishedAt: '2026-12-01T10:00:00.000Z',
  note: `note ${n}`,
});
const draft = (liveVersion: number | null) => ({ id: 'promo', liveVersion, requiredApprovals: 0 });

function renderWith(flow: Flow, routes: Parameters<typeof fakeServer>[0], me = ADMIN) {
  const server = fakeServer({
    'GET /api/v1/auth/session': { status: 200, body: { signedIn: true, me } },
    'GET /api/v1/publish-requests': { status: 200, body: { requests: [] } },
    ...routes,
  });
  const store = createEditorStore({ registry: coreRegistry, flow, locale: 'en', persistLocale: false });
  render(
    <EditorProvider store={store}>
      <LiveSessionProvider api={createServerApi(server.fetchFn)}>
        <LiveBar />
      </LiveSessionProvider>
    </EditorProvider>,
  );
  return { ...server, store };
}

describe('Live/Draft badge and Publish', () => {
  it('shows Live vN when the open flow is the live version, and "changed since" with the diff after an edit', async () => {
    const edited: Flow = { ...live, description: 'Double 11' };
    const routes = {
      'GET /api/v1/flows/promo': { status: 200, body: draft(2) },
      'GET /api/v1/flows/promo/versions': { status: 200, body: { versions: [version(1, false), version(2, true)] } },
      'GET /api/v1/flows/promo/versions/2': { status: 200, body: { ...version(2, true), flow: live, cases: null } },
    };
    const { store } = renderWith(live, routes);
    await waitFor(() => expect(screen.getByTestId('live-badge').textContent).toBe('Live v2'));
    store.setState({ flow: edited });
    await waitFor(() => expect(screen.getByTestId('live-badge').textContent).toBe('Live v2 · changed since'));
    fireEvent.click(screen.getByTestId('live-badge'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(within(dialog).getByText('What changed since live v2')).toBeTruthy();
    expect(within(dialog).getByText('Description: "" → "Double 11"')).toBeTruthy();
    expect(within(dialog).getByText('Publish v1 again')).toBeTruthy();
  });

  it('requires a note, saves the open flow then publishes it, and lists the server refusal problem by problem', async () => {
    let publishes = 0;
    const { seen } = renderWith(live, {
      'GET /api/v1/flows/promo': { status: 200, body: draft(null) },
      'GET /api/v1/flows/promo/versions': { status: 200, body: { versions: [] } },
      'PUT /api/v1/flows/promo': { status: 200, body: draft(null) },
      'POST /api/v1/flows/promo/publish': () =>
        ++publishes === 1
          ? {
              status: 422,
              body: {
                error: {
                  code: 'checks-failed',
                  message: 'flow promo was not published: 1 problem(s)',
                  problems: [{ path: 'cases.vip.decision', message: 'expected accept, got hold' }],
                },
              },
            }
          : { status: 201, body: { published: true, version: version(1, true) } },
    });
    await waitFor(() => expect(screen.getByTestId('live-badge').textContent).toBe('Draft'));
    fireEvent.click(screen.getByTestId('live-badge'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByText('Publish'));
    expect(within(dialog).getByText(/Write a note/)).toBeTruthy();
    expect(seen.some((r) => r.method !== 'GET')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('Why are you publishing? (required)'), {
      target: { value: 'Double 11 prices' },
    });
    fireEvent.click(within(dialog).getByText('Publish'));
    expect(await within(dialog).findByText('cases.vip.decision')).toBeTruthy();
    expect(within(dialog).getByText('expected accept, got hold')).toBeTruthy();

    fireEvent.click(within(dialog).getByText('Publish'));
    expect(await within(dialog).findByText('Published: v1 is live.')).toBeTruthy();
    const writes = seen.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /api/v1/flows/promo',
      'POST /api/v1/flows/promo/publish',
      'PUT /api/v1/flows/promo',
      'POST /api/v1/flows/promo/publish',
    ]);
    expect(writes[0]!.body).toEqual({ flow: live });
    expect(writes[1]!.body).toEqual({ note: 'Double 11 prices' });
    // Every write carries its own Idempotency-Key (the server refuses writes without one).
    expect(new Set(writes.map((r) => r.headers['idempotency-key'])).size).toBe(4);
  });

  it("approves another publisher's pending four-eyes request, but not one's own", async () => {
    const request = (id: string, author: string) => ({
      id,
      flowId: 'promo',
      contentHash: 'h',
      note: `req ${id}`,
      author,
      requiredApprovals: 1,
      approvals: [],
      status: 'pending',
      version: null,
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    const { seen } = renderWith(live, {
      'GET /api/v1/flows/promo': { status: 200, body: draft(null) },
      'GET /api/v1/flows/promo/versions': { status: 200, body: { versions: [] } },
      'GET /api/v1/publish-requests': {
        status: 200,
        body: { requests: [request('r1', 'usr_other'), request('r2', ADMIN.id)] },
      },
      'POST /api/v1/publish-requests/r1/approve': { status: 201, body: { published: true, version: version(1, true) } },
    });
    fireEvent.click(await screen.findByTestId('live-badge'));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    expect(await within(dialog).findByText(/req r2/)).toBeTruthy();
    expect(within(dialog).getAllByText('Approve')).toHaveLength(1);
    expect(within(dialog).getByText('Your own request: another publisher must approve it.')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('Approve'));
    expect(await within(dialog).findByText('Published: v1 is live.')).toBeTruthy();
    expect(seen.some((r) => r.method === 'POST' && r.url === '/api/v1/publish-requests/r1/approve')).toBe(true);
  });
});
