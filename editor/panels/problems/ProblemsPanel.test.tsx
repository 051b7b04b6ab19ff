import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorProvider } from '../../store/EditorProvider';
import { sampleFlow, sampleStore } from '../../store/test-support';
import { ProblemsPanel } from './ProblemsPanel';

afterEach(cleanup);

describe('ProblemsPanel', () => {
  it("shows the messages in the UI's language, again after switching it", () => {
    const flow = sampleFlow();
    // The "true" branch of the condition leads nowhere, and an extra step is unreachable.
    const store = sampleStore({
      ...flow,
      nodes: [
        ...flow.nodes,
        {
          id: 'island',
          type: 'tag',
          typeVersion: 1,
          config: { tags: ['x'], target: 'order' },
          position: { x: 0, y: 400 },
        },
      ],
      edges: flow.edges.filter((e) => e.id !== 'e-2'),
    });
    render(
      <EditorProvider store={store}>
        <ProblemsPanel />
      </EditorProvider>,
    );
    expect(screen.getByText('output "true" of “VIP?” must lead somewhere')).toBeTruthy();
    expect(screen.getAllByText('“Tag” cannot be reached from the trigger, so it never runs').length).toBeGreaterThan(0);

    act(() => store.getState().setLocale('zh'));
    expect(screen.getByText('节点 “VIP?” 的输出“是”必须连到下一步')).toBeTruthy();
    expect(screen.getAllByText('“打标签” 无法从起点到达，永远不会执行').length).toBeGreaterThan(0);
    expect(screen.queryByText(/must lead somewhere|cannot be reached/)).toBeNull();
  });
});
