import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleFlow } from '../../.storybook/fixtures';
import { withEditorStore, type EditorStory } from '../../.storybook/editor-store';
import { Inspector } from './Inspector';

/** The right-hand panel: the form generated from the selected node's zod schema. */
const meta = {
  title: 'Inspector',
  component: Inspector,
  decorators: [
    (Story) => (
      <div style={{ width: 380, height: '100vh', display: 'flex' }}>
        <Story />
      </div>
    ),
    withEditorStore,
  ],
} satisfies Meta<typeof Inspector>;
export default meta;
type Story = StoryObj<typeof meta>;

const selected = (
  flowId: string,
  nodeId: string,
  change?: (config: Record<string, unknown>) => Record<string, unknown>,
): EditorStory => {
  const flow = exampleFlow(flowId);
  if (change) flow.nodes = flow.nodes.map((n) => (n.id === nodeId ? { ...n, config: change(n.config) } : n));
  return { flow, selection: { nodeIds: [nodeId] } };
};

/** VIP 10% off with a minimum and a condition: money in yuan, the rule in the visual builder. */
export const DiscountSelected: Story = { parameters: { editor: selected('vip-priority', 'vip-10-off') } };

/** Each problem sits under the field it belongs to. */
export const DiscountWithProblems: Story = {
  parameters: {
    editor: selected('vip-priority', 'vip-10-off', (config) => ({
      ...config,
      percent: 150,
      scope: 'category',
      categories: [],
    })),
  },
};

/** Warehouse routing: weights (a nested object), lists, a review rule. */
export const RouteSelected: Story = { parameters: { editor: selected('vip-priority', 'route') } };

export const RouteSelectedChinese: Story = {
  parameters: { editor: { ...selected('vip-priority', 'route'), locale: 'zh' } },
};

export const NothingSelected: Story = { parameters: { editor: { flow: exampleFlow('vip-priority') } } };

export const LinkSelected: Story = {
  parameters: {
    editor: { flow: exampleFlow('vip-priority'), selection: { edgeIds: [exampleFlow('vip-priority').edges[0]!.id] } },
  },
};
