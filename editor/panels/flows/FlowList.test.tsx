import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFlow } from '../../db/import-export';
import { triggerToEndFlow } from '../../db/templates';
import { testRegistry, testRepository } from '../../db/repo.test-support';
import { FlowList } from './FlowList';

afterEach(cleanup);

function setup(locale: 'en' | 'zh' = 'en', undoMs = 8000) {
  const repo = testRepository();
  const onOpen = vi.fn();
  const onDeleted = vi.fn();
  const onRestored = vi.fn();
  const template = triggerToEndFlow('tpl', 'Double 11 template', testRegistry);
  render(
    <FlowList
      repo={repo}
      registry={testRegistry}
      locale={locale}
      onOpen={onOpen}
      onDeleted={onDeleted}
      onRestored={onRestored}
      templates={[template]}
      undoMs={undoMs}
    />,
  );
  return { repo, onOpen, onDeleted, onRestored };
}

const chooseFile = (text: string) => {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], 'x.flow.json', { type: 'application/json' })] } });
};

describe('FlowList', () => {
  it('creates a flow, opens it, and lists it', async () => {
    const { onOpen } = setup();
    await screen.findByText(/No flows yet/);
    fireEvent.click(screen.getByText('New flow'));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ name: 'Untitled flow' })));
    expect(await screen.findByText('Untitled flow')).toBeTruthy();
  });

  it('creates from a template', async () => {
    const { onOpen } = setup();
    fireEvent.change(screen.getByLabelText('From template…'), { target: { value: '0' } });
    await waitFor(() => expect(onOpen).toHaveBeenCalled());
    const row = onOpen.mock.calls[0]![0];
    expect(row.name).toBe('Double 11 template');
    expect(row.id).not.toBe('tpl');
  });

  it('renames in place and duplicates', async () => {
    const { repo, onOpen } = setup();
    await repo.createFlow({ name: 'Promo', registry: testRegistry });
    fireEvent.click(await screen.findByText('Rename'));
    fireEvent.change(screen.getByLabelText('Rename'), { target: { value: '  满减活动 ' } });
    fireEvent.click(screen.getByText('Save'));
    expect(await screen.findByText('满减活动')).toBeTruthy();
    fireEvent.click(screen.getByText('Duplicate'));
    expect(await screen.findByText('满减活动 (copy)')).toBeTruthy();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ name: '满减活动 (copy)' }));
  });

  it('deletes with an undo toast that brings the flow back', async () => {
    const { repo, onDeleted, onRestored } = setup();
    const flow = await repo.createFlow({ name: 'Keep me', registry: testRegistry });
    fireEvent.click(await screen.findByText('Delete'));
    expect(await screen.findByText('Moved to the trash:')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('“Keep me”');
    expect(onDeleted).toHaveBeenCalledWith(flow.id);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Keep me/ })).toBeNull());
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(flow));
    expect(await screen.findByText('Keep me')).toBeTruthy();
  });

  it('the undo toast goes away by itself; the deletion stays', async () => {
    const { repo } = setup('en', 30);
    await repo.createFlow({ name: 'Gone', registry: testRegistry });
    fireEvent.click(await screen.findByText('Delete'));
    await screen.findByText('Moved to the trash:');
    await waitFor(() => expect(screen.queryByText('Moved to the trash:')).toBeNull());
    expect(await repo.listFlows()).toEqual([]);
  });

  it('keeps deleted flows in a trash they can be restored from, or deleted for good', async () => {
    const { repo, onRestored } = setup('en', 30);
    const keep = await repo.createFlow({ name: 'Keep', registry: testRegistry });
    await repo.saveVersion(keep.id, 'v1', keep.document);
    await repo.createFlow({ name: 'Drop', registry: testRegistry });
    for (const name of ['Keep', 'Drop']) {
      const row = (await screen.findByText(name)).closest('li')!;
      fireEvent.click(within(row as HTMLElement).getByText('Delete'));
      await waitFor(() => expect(screen.queryByRole('button', { name: new RegExp(`^${name}`) })).toBeNull());
    }
    // Long after the undo toast is gone, the trash still has both.
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    fireEvent.click(await screen.findByText('Trash (2)'));
    const trash = screen.getByText('Trash (2)').closest('details')!;
    const restore = within(trash).getAllByRole('button', { name: 'Restore' });
    const keepButton = restore.find((b) => b.getAttribute('aria-describedby') === `of-trash-${keep.id}`)!;
    fireEvent.click(keepButton);
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(keep));
    expect((await repo.listVersions(keep.id)).map((v) => v.label)).toEqual(['v1']);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByText(/^Trash/)).toBeNull());
    expect(await repo.listDeleted()).toEqual([]);
    expect((await repo.listFlows()).map((f) => f.name)).toEqual(['Keep']);
  });

  it('finds flows by name and highlights the open one', async () => {
    const repo = testRepository();
    const a = await repo.createFlow({ name: '双11 满减', registry: testRegistry });
    await repo.createFlow({ name: 'VIP routing', registry: testRegistry });
    render(
      <FlowList repo={repo} registry={testRegistry} locale="zh" onOpen={vi.fn()} activeFlowId={a.id} templates={[]} />,
    );
    const search = await screen.findByRole('searchbox', { name: '搜索流程' });
    expect(screen.getByText('双11 满减').closest('li')!.getAttribute('aria-current')).toBe('true');
    fireEvent.change(search, { target: { value: 'vip' } });
    await waitFor(() => expect(screen.queryByText('双11 满减')).toBeNull());
    expect(screen.getByText('VIP routing')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(await screen.findByText(/^没有流程名称包含/)).toBeTruthy();
  });

  it('imports a valid file and shows every problem of an invalid one', async () => {
    const { repo, onOpen } = setup();
    chooseFile('{ "format": "orderflow/flow", ');
    expect(await screen.findByText(/The file was not imported/)).toBeTruthy();
    expect(screen.getByText(/not-json/)).toBeTruthy();
    expect(await repo.listFlows()).toEqual([]);
    chooseFile(exportFlow(triggerToEndFlow('flow-imported', 'Imported one', testRegistry)).text);
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'flow-imported' })));
    expect(screen.queryByText(/The file was not imported/)).toBeNull();
  });

  it('speaks Chinese', async () => {
    setup('zh');
    expect(await screen.findByText('还没有流程，新建一个开始吧。')).toBeTruthy();
    expect(screen.getByText('新建流程')).toBeTruthy();
  });
});
