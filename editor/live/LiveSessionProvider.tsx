/**
 * Is there a server, and who is signed in? Probed once with /api/v1/auth/session, which answers 200 whether
 * or not anyone is signed in (a 401 would show as a failed request in the console of every signed-out
 * visit); anything else = no server, and the editor stays local-only.
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

const sessionSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  z.object({ signedIn: z.literal(true), me: meSchema }),
]);

async function probe(api: ServerApi): Promise<SessionState> {
  try {
    const session = await api.get('/api/v1/auth/session', sessionSchema);
    return session.signedIn ? { kind: 'signed-in', me: session.me } : { kind: 'signed-out' };
  } catch {
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
