import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleFlow, registry } from '../../.storybook/fixtures';
import { TemplateGallery } from './TemplateGallery';
import { WelcomeDialog } from './WelcomeDialog';

/** The first-run welcome and the template gallery (My flows → Templates…), in both languages and both themes. */
const TEMPLATES = [
  'vip-priority',
  'tier-channel-discounts',
  'trade-in-per-unit',
  'multi-warehouse',
  'returns-qc',
  'trade-in',
  'promo-routing-decision',
].map(exampleFlow);

const meta = {
  title: 'Welcome',
  component: WelcomeDialog,
  args: {
    firstRun: true,
    templates: TEMPLATES,
    registry,
    locale: 'en',
    onPick: () => {},
    onBlank: () => {},
    onClose: () => {},
  },
} satisfies Meta<typeof WelcomeDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FirstRun: Story = {};
export const FirstRunChinese: Story = { args: { locale: 'zh' } };
export const FirstRunChineseDark: Story = { args: { locale: 'zh' }, parameters: { theme: 'dark' } };
export const FirstRunDark: Story = { parameters: { theme: 'dark' } };
export const GalleryAgain: Story = { args: { firstRun: false } };
export const GalleryAgainChinese: Story = { args: { firstRun: false, locale: 'zh' } };

/** The gallery on its own, as a page could embed it. */
export const GalleryOnly: Story = {
  render: (args) => (
    <div style={{ padding: 16 }}>
      <TemplateGallery templates={args.templates} registry={args.registry} locale={args.locale} onPick={args.onPick} />
    </div>
  ),
};
