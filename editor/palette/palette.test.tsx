import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { EditorProvider } from '../store/EditorProvider';
import { sampleStore } from '../store/test-support';
import { Palette } from './Palette';
import { searchPalette } from './palette-search';

afterEach(cleanup);

const titles = (query: string, locale: 'en' | 'zh' = 'en') =>
  searchPalette(coreRegistry.list(), query, locale).flatMap((g) => g.items.map((d) => d.title.en));

describe('palette search', () => {
  it('finds a step by its English or its Chinese title, whatever the UI language', () => {
    expect(titles('disc')).toEqual(['Discount']);
    expect(titles('折扣')).toEqual(['Discount']);
    expect(titles('审批', 'en')).toEqual(['Approval']);
    expect(titles('APPROVAL', 'zh')).toEqual(['Approval']);
  });

  it('matches every word, ignores case and full-width letters', () => {
    expect(titles('quality check')).toEqual(['Quality check']);
    expect(titles('ＱＵＡＬＩＴＹ')).toEqual(['Quality check']);
    expect(titles('quality gift')).toEqual([]);
  });

  it('groups all steps by category in flow order, labelled in the UI language', () => {
    const groups = searchPalette(coreRegistry.list(), '', 'zh');
    expect(groups.map((g) => g.category)).toEqual(['trigger', 'logic', 'promotion', 'review', 'fulfilment', 'action']);
    expect(groups[2]!.label).toBe('促销');
    expect(groups.flatMap((g) => g.items)).toHaveLength(coreRegistry.list().length);
  });
});

describe('palette panel', () => {
  it('filters as you type and adds the clicked step to the flow', () => {
    const store = sampleStore(undefined, 'zh');
    render(
      <EditorProvider store={store}>
        <ReactFlowProvider>
          <Palette />
        </ReactFlowProvider>
      </EditorProvider>,
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'gift' } });
    const panel = screen.getByRole('complementary');
    const item = within(panel).getByRole('button', { name: /赠品/ });
    expect(within(panel).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(item);
    expect(store.getState().flow.nodes.at(-1)).toMatchObject({ id: 'gift-1', type: 'gift' });
  });
});
