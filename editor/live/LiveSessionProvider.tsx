/**
 * Is there a server, and who is signed in? Probed once with /api/v1/auth/me: 200 = signed in,
 * 401 = a server that wants a login, anything else = no server, and the editor stays local-only.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { createServerApi, meSchema, NoServerError, ServerError, type Me, type ServerApi } from './api';

export type SessionState =
  | { readonly kind: 'probing' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly me: Me };

export interface LiveSession {
  readonly state: SessionState;
  readonly api: ServerApi;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<LiveSession | null>(null);

async function probe(api: ServerApi): Promise<SessionState> {
  try {
    return { kind: 'signed-in', me: await api.get('/api/v1/auth/me', meSchema) };
  } catch (error) {
    if (error instanceof ServerError && error.status === 401) return { kind: 'signed-out' };
    return { kind: 'offline' };
  }
}

export function LiveSessionProvider({ api: given, children }: { api?: ServerApi; children: ReactNode }) {
  const api = useMemo(() => given ?? createServerApi(), [given]);
  const [state, setState] = useState<SessionState>({ kind: 'probing' });
  useEffect(() => {
    let alive = true;
    void probe(api).then((next) => alive && setState(next));
    return () => void (alive = false);
  }, [api]);
  const login = useCallback(
    async (username: string, password: string) => {
      const me = await api.send('POST', '/api/v1/auth/login', { username, password }, meSchema);
      setState({ kind: 'signed-in', me });
    },
    [api],
  );
  const logout = useCallback(async () => {
    try {
      await api.send('POST', '/api/v1/auth/logout', {}, z.unknown());
    } catch (error) {
      if (!(error instanceof NoServerError) && !(error instanceof ServerError)) throw error;
    }
    setState({ kind: 'signed-out' });
  }, [api]);
  const value = useMemo(() => ({ state, api, login, logout }), [state, api, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session, or an offline one when no provider wraps the editor (tests, Storybook, embedding). */
export function useLiveSession(): LiveSession {
  return useContext(SessionContext) ?? OFFLINE;
}

const OFFLINE: LiveSession = {
  state: { kind: 'offline' },
  api: createServerApi(() => Promise.reject(new NoServerError())),
  login: () => Promise.reject(new NoServerError()),
  logout: () => Promise.resolve(),
};

export function hasRole(me: Me, role: string): boolean {
  return me.roles.includes(role) || me.roles.includes('admin');
}
