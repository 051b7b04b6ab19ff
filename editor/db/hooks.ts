import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../runtime/index';
import type { Repository } from './repository';

/**
 * Re-runs `query` whenever the tables it read change (Dexie liveQuery), so lists stay current
 * after any write, from this component or another. `undefined` until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('[orderflow db]', error),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

export const useFlowList = (repo: Repository) => useLiveQuery(() => repo.listFlows(), [repo]);

export const useDeletedFlows = (repo: Repository) => useLiveQuery(() => repo.listDeleted(), [repo]);

export const useVersions = (repo: Repository, flowId: string) =>
  useLiveQuery(() => repo.listVersions(flowId), [repo, flowId]);

interface Pending {
  readonly flowId: string;
  readonly save: () => void;
}

/**
 * Debounced autosave of the editor's flow (and pending draft text) — call it once where the current
 * flow lives. Saves `delayMs` after the last change; a save still pending is flushed when the flow
 * switches or the component unmounts, so quick changes are never lost. The flow as first seen is
 * not re-saved (that would only bump its "updated" time).
 */
export function useAutosave(
  repo: Repository,
  flowId: string | undefined,
  flow: Flow | undefined,
  draftText?: string,
  delayMs = 800,
): void {
  const pending = useRef<Pending | null>(null);
  const last = useRef({ flowId, flow, draftText });
  useEffect(() => {
    const seen = last.current;
    last.current = { flowId, flow, draftText };
    if (pending.current && pending.current.flowId !== flowId) pending.current.save();
    // A flow just opened is as stored; only later changes need saving.
    if (!flowId || !flow || seen.flowId !== flowId || (seen.flow === flow && seen.draftText === draftText)) return;
    const save = () => {
      pending.current = null;
      repo.saveDraft(flowId, flow, draftText).catch((error: unknown) => console.error('[orderflow autosave]', error));
    };
    pending.current = { flowId, save };
    const timer = setTimeout(save, delayMs);
    return () => clearTimeout(timer);
  }, [repo, flowId, flow, draftText, delayMs]);
  useEffect(() => () => pending.current?.save(), []);
}
