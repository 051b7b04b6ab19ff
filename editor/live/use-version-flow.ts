import { useEffect, useState } from 'react';
import { z } from 'zod';
import { flowSchema, type Flow } from '../../runtime/index';
import { enc, type ServerApi } from './api';

const versionDocSchema = z.object({ flow: flowSchema });

export type VersionFlow = { readonly flow: Flow } | { readonly error: string } | null;

/** The flow document of one published version (immutable, so one fetch per version and API). */
const cache = new WeakMap<ServerApi, Map<string, Promise<Flow>>>();

export function loadVersionFlow(api: ServerApi, flowId: string, version: number): Promise<Flow> {
  const byKey = cache.get(api) ?? new Map<string, Promise<Flow>>();
  cache.set(api, byKey);
  const key = `${flowId}@${version}`;
  let pending = byKey.get(key);
  if (!pending) {
    pending = api.get(`/api/v1/flows/${enc(flowId)}/versions/${version}`, versionDocSchema).then((doc) => doc.flow);
    pending.catch(() => byKey.delete(key));
    byKey.set(key, pending);
  }
  return pending;
}

/** The pinned version a run started on: its trace is drawn on that version's canvas, not the draft's. */
export function useVersionFlow(api: ServerApi, flowId: string, version: number): VersionFlow {
  const [state, setState] = useState<VersionFlow>(null);
  useEffect(() => {
    let alive = true;
    setState(null);
    loadVersionFlow(api, flowId, version).then(
      (flow) => alive && setState({ flow }),
      (error: unknown) => alive && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => void (alive = false);
  }, [api, flowId, version]);
  return state;
}
