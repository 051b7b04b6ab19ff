import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { loadExampleFlows } from '../db/example-flows';
import { searchTemplates, templateCards } from './template-gallery-model';
import { WelcomeDialog } from './WelcomeDialog';

afterEach(cleanup);

const examples = async () => (await loadExampleFlows(coreRegistry)).flows;

describe('welcome and template gallery', () => {
  it('names and describes every bundled example in both languages, with no English in the 中文 texts', async () => {
    const flows = await examples();
    expect(flows.length).toBeGreaterThanOrEqual(5);
    for (const card of templateCards(flows, 'zh')) {
      expect(card.asWritten).toBe(false);
      expect(`${card.name} ${card.about}`).not.toMatch(/\b(?!VIP\b|CRM\b)[A-Za-z]{2,}\b/);
    }
    for (const card of templateCards(flows, 'en')) expect(card.about.length).toBeGreaterThan(20);
  });

  it('searches names and descriptions in either language, every word typed', async () => {
    const cards = templateCards(await examples(), 'zh');
    const names = (q: string) => searchTemplates(cards, q).map((c) => c.flow.id);
    expect(names('以旧换新')).toEqual(expect.arrayContaining(['trade-in', 'trade-in-per-unit']));
    expect(names('trade-in per unit')).toEqual(['trade-in-per-unit']);
    expect(names('决策表')).toEqual(['tier-channel-discounts']);
    expect(names('nothing like this')).toEqual([]);
    expect(names('')).toHaveLength(cards.length);
  });

  it('says what the tool does, shows previews, filters as you type, and picks a template or an empty flow', async () => {
    const flows = await examples();
    const onPick = vi.fn();
    const onBlank = vi.fn();
    const onClose = vi.fn();
    render(
      <WelcomeDialog
        firstRun
        templates={flows}
        registry={coreRegistry}
        locale="zh"
        onPick={onPick}
        onBlank={onBlank}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: '欢迎使用 OrderFlow 订单流程工作台' });
    expect(within(dialog).getAllByRole('img', { name: /预览/ })).toHaveLength(flows.length);
    fireEvent.change(within(dialog).getByRole('searchbox', { name: '搜索模板' }), { target: { value: '退货' } });
    const uses = within(dialog).getAllByRole('button', { name: '使用此模板' });
    expect(uses).toHaveLength(1);
    fireEvent.click(uses[0]!);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'returns-qc' }));
    fireEvent.change(within(dialog).getByRole('searchbox', { name: '搜索模板' }), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '从空白流程开始' }));
    expect(onBlank).toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
