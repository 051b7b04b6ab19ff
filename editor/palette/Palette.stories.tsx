import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { exampleFlow } from '../../.storybook/fixtures';
import { withEditorStore } from '../../.storybook/editor-store';
import { Palette } from './Palette';

/** The left panel: every node type of the app registry, grouped by category; drag one out or click it. */
const meta = {
  title: 'Palette',
  component: Palette,
  decorators: [
    (Story) => (
      <div style={{ width: 260, height: '100vh', display: 'flex' }}>
        <Story />
      </div>
    ),
    withEditorStore,
  ],
  parameters: { editor: { flow: exampleFlow('vip-priority') } },
} satisfies Meta<typeof Palette>;
export default meta;
type Story = StoryObj<typeof meta>;

/** In the toolbar's language (English by default). */
export const Default: Story = {};

export const Chinese: Story = { parameters: { editor: { flow: exampleFlow('vip-priority'), locale: 'zh' } } };

/** Staff search by either name: "折扣" finds Discount in the English UI. */
export const SearchByChineseName: Story = {
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement);
    await userEvent.type(panel.getByRole('searchbox'), '折扣');
    await expect(panel.getAllByRole('button')).toHaveLength(1);
    await expect(panel.getByRole('button', { name: /Discount/ })).toBeVisible();
  },
};

export const NothingFound: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByRole('searchbox'), 'warp drive');
  },
};
