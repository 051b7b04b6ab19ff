import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleFlow } from '../../.storybook/fixtures';
import { withEditorStore, type EditorStory } from '../../.storybook/editor-store';
import { TableEditorDialog } from './TableEditorDialog';

/** The decision-table grid editor, opened on the tier × channel example (a cell made invalid to show a problem). */
const meta = {
  title: 'Decision table grid',
  component: TableEditorDialog,
  args: { nodeId: 'tier-channel', onClose: () => {} },
  decorators: [withEditorStore],
} satisfies Meta<typeof TableEditorDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const setup = (locale: 'en' | 'zh'): EditorStory => {
  const flow = exampleFlow('tier-channel-discounts');
  flow.nodes = flow.nodes.map((n) => {
    if (n.id !== 'tier-channel') return n;
    const config = structuredClone(n.config) as { rows: { then: Record<string, string> }[] };
    config.rows[1]!.then.off = 'lots';
    return { ...n, config };
  });
  return { flow, locale, overlay: { matchedRows: { 'tier-channel': [0] } } };
};

export const English: Story = { parameters: { editor: setup('en') } };
export const Chinese: Story = { parameters: { editor: setup('zh') } };
export const EnglishDark: Story = { parameters: { editor: setup('en'), theme: 'dark' } };
export const ChineseDark: Story = { parameters: { editor: setup('zh'), theme: 'dark' } };
