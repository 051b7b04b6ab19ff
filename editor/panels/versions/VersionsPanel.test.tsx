import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testRegistry, testRepository } from '../../db/repo.test-support';
import { triggerToEndFlow } from '../../db/templates';
import { VersionsPanel } from './VersionsPanel';

afterEach(cleanup);

describe('VersionsPanel', () => {
  it('saves named versions, compares them readably, and restores with a backup', async () => {
    const repo = testRepository();
    const row = await repo.createFlow({ name: 'Promo', template: triggerToEndFlow('promo', 'Promo', testRegistry) });
    const onRestore = vi.fn();
    const v1 = row.document;
    const { rerender } = render(
      <VersionsPanel
        repo={repo}
        flowId={row.id}
        currentFlow={v1}
        registry={testRegistry}
        locale="en"
        onRestore={onRestore}
      />,
    );
    expect(await screen.findByText(/No versions yet/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Version name'), { target: { value: 'Before Double 11' } });
    fireEvent.click(screen.getByText('Save version'));
    expect(await screen.findByText('Before Double 11')).toBeTruthy();
    expect(screen.getByText('No differences.')).toBeTruthy();

    // Not autosaved yet: the restore's backup must still be what the editor shows.
    const edited = {
      ...v1,
      description: '11.11',
      nodes: v1.nodes.map((n) => (n.id === 'end' ? { ...n, config: { ...n.config, decision: 'hold' } } : n)),
    };
    rerender(
      <VersionsPanel
        repo={repo}
        flowId={row.id}
        currentFlow={edited}
        registry={testRegistry}
        locale="en"
        onRestore={onRestore}
      />,
    );
    expect(await screen.findByText('end: decision "accept" → "hold"')).toBeTruthy();
    expect(screen.getByText('Description: "" → "11.11"')).toBeTruthy();

    fireEvent.click(screen.getByText('Restore'));
    await waitFor(() => expect(onRestore).toHaveBeenCalledWith(v1));
    expect(
      await screen.findByText(/What you had before was saved as “Before restoring “Before Double 11””/),
    ).toBeTruthy();
    expect((await repo.listVersions(row.id)).map((v) => v.document)).toEqual([edited, v1]);
  });

  it('names an unnamed version by its time', async () => {
    const repo = testRepository();
    const row = await repo.createFlow({ name: 'Promo', template: triggerToEndFlow('promo', 'Promo', testRegistry) });
    render(<VersionsPanel repo={repo} flowId={row.id} currentFlow={row.document} locale="zh" onRestore={vi.fn()} />);
    fireEvent.click(await screen.findByText('保存版本'));
    await waitFor(async () => expect((await repo.listVersions(row.id))[0]?.label).toMatch(/2026/));
  });
});
