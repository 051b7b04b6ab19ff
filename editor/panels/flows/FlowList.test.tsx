import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
    expect(await screen.findByText('Deleted “Keep me”.')).toBeTruthy();
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
    await screen.findByText('Deleted “Gone”.');
    await waitFor(() => expect(screen.queryByText('Deleted “Gone”.')).toBeNull());
    expect(await repo.listFlows()).toEqual([]);
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
