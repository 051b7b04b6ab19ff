import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleFlow } from '../../.storybook/fixtures';
import { withEditorStore } from '../../.storybook/editor-store';
import { ConnectDialog } from './ConnectDialog';
import { ShortcutSheet } from './ShortcutSheet';

/** The keyboard's dialogs: the ? shortcut sheet and "connect to…" (C on a selected card). */
const meta = {
  title: 'Dialogs',
  decorators: [withEditorStore],
  parameters: { editor: { flow: exampleFlow('vip-priority') } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const close = () => undefined;

export const Shortcuts: Story = { render: () => <ShortcutSheet onClose={close} /> };
export const ShortcutsChinese: Story = {
  render: () => <ShortcutSheet onClose={close} />,
  parameters: { editor: { flow: exampleFlow('vip-priority'), locale: 'zh' } },
};
export const ShortcutsChineseDark: Story = {
  render: () => <ShortcutSheet onClose={close} />,
  parameters: { editor: { flow: exampleFlow('vip-priority'), locale: 'zh' }, theme: 'dark' },
};

export const ConnectTo: Story = { render: () => <ConnectDialog sourceId="member-tier" onClose={close} /> };
export const ConnectToChinese: Story = {
  render: () => <ConnectDialog sourceId="member-tier" onClose={close} />,
  parameters: { editor: { flow: exampleFlow('vip-priority'), locale: 'zh' } },
};
export const ConnectToDark: Story = {
  render: () => <ConnectDialog sourceId="member-tier" onClose={close} />,
  parameters: { editor: { flow: exampleFlow('vip-priority') }, theme: 'dark' },
};
