import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flow } from '../../runtime/index';
import { useAutosave, useFlowList } from './hooks';
import type { Repository } from './repository';
import { triggerToEndFlow } from './templates';
import { testRegistry, testRepository } from './repo.test-support';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAutosave', () => {
  const a = triggerToEndFlow('a', 'A', testRegistry);
  const fakeRepo = () =>
    ({ saveDraft: vi.fn().mockResolvedValue(undefined) }) as unknown as Repository & {
      saveDraft: ReturnType<typeof vi.fn>;
    };
  type Props = { id: string; flow: Flow; draft?: string };

  it('saves after changes pause, not the flow as opened, and flushes on unmount', () => {
    vi.useFakeTimers();
    const repo = fakeRepo();
    const { rerender, unmount } = renderHook(({ id, flow, draft }: Props) => useAutosave(repo, id, flow, draft, 500), {
      initialProps: { id: 'a', flow: a } as Props,
    });
    vi.advanceTimersByTime(1000);
    expect(repo.saveDraft).not.toHaveBeenCalled();
    const b = { ...a, name: 'B' };
    rerender({ id: 'a', flow: b });
    vi.advanceTimersByTime(200);
    const c = { ...a, name: 'C' };
    rerender({ id: 'a', flow: c, draft: '{ broken' });
    vi.advanceTimersByTime(499);
    expect(repo.saveDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(repo.saveDraft).toHaveBeenCalledExactlyOnceWith('a', c, '{ broken');
    rerender({ id: 'a', flow: b });
    unmount();
    expect(repo.saveDraft).toHaveBeenLastCalledWith('a', b, undefined);
  });

  it('flushes the pending save of the previous flow when another flow opens', () => {
    vi.useFakeTimers();
    const repo = fakeRepo();
    const other = triggerToEndFlow('other', 'Other', testRegistry);
    const { rerender } = renderHook(({ id, flow }: Props) => useAutosave(repo, id, flow, undefined, 500), {
      initialProps: { id: 'a', flow: a },
    });
    const edited = { ...a, name: 'edited' };
    rerender({ id: 'a', flow: edited });
    rerender({ id: 'other', flow: other });
    expect(repo.saveDraft).toHaveBeenCalledExactlyOnceWith('a', edited, undefined);
    vi.advanceTimersByTime(1000);
    expect(repo.saveDraft).toHaveBeenCalledTimes(1);
  });
});

describe('useFlowList', () => {
  it('stays current after writes', async () => {
    const repo = testRepository();
    const { result } = renderHook(() => useFlowList(repo));
    await waitFor(() => expect(result.current).toEqual([]));
    await act(() => repo.createFlow({ name: 'New', registry: testRegistry }));
    await waitFor(() => expect(result.current?.map((f) => f.name)).toEqual(['New']));
  });
});
