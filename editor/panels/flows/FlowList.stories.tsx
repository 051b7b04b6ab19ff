import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleFlow, registry } from '../../../.storybook/fixtures';
import { openOrderflowDb } from '../../db/db';
import { createRepository, type Repository } from '../../db/repository';
import type { Locale } from '../../../runtime/index';
import { FlowList } from './FlowList';

/**
 * My flows: search, the open flow highlighted, and the trash (one flow deleted) — each story in a browser
 * database of its own, filled before it renders.
 */
async function filledRepository(name: string): Promise<Repository> {
  const db = openOrderflowDb(`storybook-flows-${name}-${Date.now()}`);
  let minute = 0;
  let ids = 0;
  const repo = createRepository({
    db,
    now: () => new Date(Date.UTC(2026, 10, 11, 9, minute++)).toISOString(),
    newId: () => `flow-${++ids}`,
  });
  for (const id of ['vip-priority', 'tier-channel-discounts', 'trade-in-per-unit', 'returns-qc'])
    await repo.createFlow({ name: exampleFlow(id).name, template: exampleFlow(id) });
  const gone = await repo.createFlow({ name: '双11 预售（旧）', template: exampleFlow('trade-in') });
  await repo.deleteFlow(gone.id);
  return repo;
}

const meta = {
  title: 'My flows',
  loaders: [async (context) => ({ repo: await filledRepository(context.id) })],
  render: (args, { loaded }) => (
    <div style={{ width: 320, height: 640, overflow: 'auto' }}>
      <FlowList
        repo={loaded.repo as Repository}
        registry={registry}
        locale={args.locale}
        onOpen={() => {}}
        activeFlowId="flow-2"
        templates={[exampleFlow('vip-priority')]}
      />
    </div>
  ),
  args: { locale: 'en' },
} satisfies Meta<{ locale: Locale }>;
export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {};
export const Chinese: Story = { args: { locale: 'zh' } };
export const ChineseDark: Story = { args: { locale: 'zh' }, parameters: { theme: 'dark' } };
export const EnglishDark: Story = { parameters: { theme: 'dark' } };
