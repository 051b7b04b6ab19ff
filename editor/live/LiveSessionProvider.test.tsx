import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { triggerToEndFlow } from '../db/templates';
import { EditorProvider } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';
import { createServerApi } from './api';
import { ADMIN, fakeServer } from './fake-server.test-support';
import { LiveBar } from './LiveBar';
import { LiveSessionProvider } from './LiveSessionProvider';

afterEach(cleanup);

function renderBar(fetchFn: typeof fetch, locale: 'en' | 'zh' = 'en') {
  const store = createEditorStore({
    registry: coreRegistry,
    flow: triggerToEndFlow('f1', 'F', coreRegistry),
    locale,
    persistLocale: false,
  });
  render(
    <EditorProvider store={store}>
      <LiveSessionProvider api={createServerApi(fetchFn)}>
        <LiveBar />
      </LiveSessionProvider>
    </EditorProvider>,
  );
}

describe('server session in the top bar', () => {
  it('says the editor is local-only when no server answers, and offers no server features', async () => {
    renderBar((() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
    expect(await screen.findByText('Local only: no server')).toBeTruthy();
    expect(screen.queryByText('Log in')).toBeNull();
    expect(screen.queryByText('Inbox')).toBeNull();
  });

  it('treats an HTML answer (a static host or the Vite dev server) as no server', async () => {
    const html = (() =>
      Promise.resolve(
        new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }),
      )) as typeof fetch;
    renderBar(html, 'zh');
    expect(await screen.findByText('仅本地：未连接服务器')).toBeTruthy();
  });

  it('logs in with name and password, shows the refusal readably, then the signed-in controls', async () => {
    let signedIn = false;
    const { fetchFn, seen } = fakeServer({
      'GET /api/v1/auth/session': () => ({
        status: 200,
        body: signedIn ? { signedIn: true, me: ADMIN } : { signedIn: false },
      }),
      'POST /api/v1/auth/login': (req) => {
        const ok = (req.body as { password: string }).password === 'right-password';
        signedIn = ok;
        return ok
          ? { status: 200, body: ADMIN }
          : { status: 401, body: { error: { code: 'bad-credentials', message: 'wrong' } } };
      },
      'GET /api/v1/flows/f1': { status: 404, body: { error: { code: 'not-found', message: 'no flow' } } },
    });
    renderBar(fetchFn);
    fireEvent.click(await screen.findByText('Log in'));
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getAllByText('Log in').at(-1)!);
    expect(await screen.findByText('The user name or password is wrong.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right-password' } });
    fireEvent.click(screen.getAllByText('Log in').at(-1)!);
    // Inbox stays in the bar; history, audit and log out are in the user's menu.
    fireEvent.click(await screen.findByRole('button', { name: 'Account: admin' }));
    const menu = screen.getByRole('menu', { name: 'Account: admin' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['Run history', 'Rollouts', 'Order health', 'Audit log', 'Failed deliveries', 'Log out']);
    expect(screen.getByText('Inbox')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('live-badge').textContent).toBe('Not on the server yet'));
    expect(seen.filter((r) => r.url === '/api/v1/auth/login').map((r) => r.body)).toEqual([
      { username: 'admin', password: 'nope' },
      { username: 'admin', password: 'right-password' },
    ]);
  });

  it('hides the inbox and audit from a viewer', async () => {
    const viewer = { ...ADMIN, name: 'vera', roles: ['viewer'] };
    const { fetchFn } = fakeServer({
      'GET /api/v1/auth/session': { status: 200, body: { signedIn: true, me: viewer } },
      'GET /api/v1/flows/f1': { status: 404, body: { error: { code: 'not-found', message: 'no flow' } } },
    });
    renderBar(fetchFn);
    fireEvent.click(await screen.findByRole('button', { name: 'Account: vera' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Run history',
      'Rollouts',
      'Order health',
      'Log out',
    ]);
    expect(screen.queryByText('Inbox')).toBeNull();
  });
});
