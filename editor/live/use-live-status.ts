import { useCallback, useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import { validateFlow, type Flow, type NodeRegistry } from '../../runtime/index';
import { diffFlows, isEmptyDiff, type FlowDiff } from '../db/diff-flows';
import { draftSchema, enc, ServerError, versionSchema, type LiveVersion, type ServerApi } from './api';
import { loadVersionFlow } from './use-version-flow';

/** Where the open flow stands against the server: unknown there, never published, or live vN (same or changed). */
export type LiveStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'not-on-server' }
  | { readonly kind: 'draft'; readonly versions: readonly LiveVersion[] }
  | {
      readonly kind: 'live';
      readonly version: number;
      readonly liveFlow: Flow;
      readonly diff: FlowDiff;
      readonly versions: readonly LiveVersion[];
    };

const versionsSchema = z.object({ versions: z.array(versionSchema) });

type Fetched =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'not-on-server' }
  | { kind: 'found'; live: { version: number; flow: Flow } | null; versions: LiveVersion[] };

async function fetchLive(api: ServerApi, flowId: string): Promise<Fetched> {
  try {
    const draft = await api.get(`/api/v1/flows/${enc(flowId)}`, draftSchema);
    const { versions } = await api.get(`/api/v1/flows/${enc(flowId)}/versions`, versionsSchema);
    if (draft.liveVersion === null) return { kind: 'found', live: null, versions };
    return {
      kind: 'found',
      live: { version: draft.liveVersion, flow: await loadVersionFlow(api, flowId, draft.liveVersion) },
      versions,
    };
  } catch (error) {
    if (error instanceof ServerError && error.status === 404) return { kind: 'not-on-server' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The live flow as the editor holds a flow it opens: validated, so each config has its defaults. The server
 * keeps the document as published (a seeded example as its file, without defaults); diffing that against the
 * editor's copy would report every default ("(none) → []") as a change nobody made.
 */
export function asOpened(flow: Flow, registry: NodeRegistry): Flow {
  return validateFlow(flow, registry).flow ?? flow;
}

/** The status of `flow` (the editor's current document), with `refresh` after a publish or rollback. */
export function useLiveStatus(
  api: ServerApi,
  flow: Flow,
  registry: NodeRegistry,
): { status: LiveStatus; refresh: () => void } {
  const [fetched, setFetched] = useState<Fetched>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let alive = true;
    void fetchLive(api, flow.id).then((next) => alive && setFetched(next));
    return () => void (alive = false);
  }, [api, flow.id, round]);
  const liveOpened = useMemo(
    () => (fetched.kind === 'found' && fetched.live ? asOpened(fetched.live.flow, registry) : null),
    [fetched, registry],
  );
  // The diff follows every edit without asking the server again.
  const status = useMemo<LiveStatus>(() => {
    if (fetched.kind !== 'found') return fetched;
    if (fetched.live === null) return { kind: 'draft', versions: fetched.versions };
    return {
      kind: 'live',
      version: fetched.live.version,
      liveFlow: fetched.live.flow,
      diff: diffFlows(liveOpened ?? fetched.live.flow, flow),
      versions: fetched.versions,
    };
  }, [fetched, liveOpened, flow]);
  return { status, refresh };
}

export const changedSinceLive = (status: LiveStatus) => status.kind === 'live' && !isEmptyDiff(status.diff);
