import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { RuleBuilder, type RuleBuilderProps } from './RuleBuilder';

/** Holds the rule like a node form does, so every edit shows up at once; `onChange` is logged in Actions. */
function Stateful(props: RuleBuilderProps) {
  const [value, setValue] = useState(props.value);
  return (
    <div style={{ maxWidth: 720, padding: 16 }}>
      <RuleBuilder
        {...props}
        value={value}
        onChange={(logic) => {
          setValue(logic);
          props.onChange(logic);
        }}
      />
      <pre className="muted" style={{ marginTop: 16, fontSize: 12 }} aria-label="JSONLogic out">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

const meta = {
  title: 'Rule builder',
  component: RuleBuilder,
  // A new rule from the Controls panel starts the builder afresh.
  render: (args) => <Stateful key={JSON.stringify(args.value)} {...args} />,
  args: { value: null, onChange: fn(), locale: 'en', currency: 'CNY' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh'] } },
} satisfies Meta<typeof RuleBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

const tier = { var: 'customer.tier' };
/** "subtotal ≥ 500 CNY", as the builder writes it: the amount only counts in that currency. */
const subtotalAtLeast = (minor: number, currency = 'CNY') => ({
  and: [
    { '==': [{ var: 'totals.subtotal.currency' }, currency] },
    { '>=': [{ var: 'totals.subtotal.amount' }, minor] },
  ],
});

/** No condition: "always". */
export const Empty: Story = {};

/** One rule: VIP customers. */
export const Simple: Story = { args: { value: { '==': [tier, 'vip'] } } };

/** Groups inside groups: VIPs spending ¥500+, or gold members with a coupon and no risky line. */
export const NestedGroups: Story = {
  args: {
    value: {
      or: [
        { and: [{ '==': [tier, 'vip'] }, subtotalAtLeast(50000)] },
        {
          and: [
            { '==': [tier, 'gold'] },
            { in: ['DOUBLE11', { var: 'coupons' }] },
            { or: [{ '==': [{ var: 'channel' }, 'tmall'] }, { '==': [{ var: 'channel' }, 'jd'] }] },
          ],
        },
      ],
    },
  },
};

export const NestedGroupsChinese: Story = { args: { ...NestedGroups.args, locale: 'zh' } };

/** An amount written before money conditions named their currency: flagged until a currency is picked. */
export const MoneyWithoutCurrency: Story = {
  args: { value: { '>=': [{ var: 'totals.subtotal.amount' }, 50000] } },
};

export const MoneyWithoutCurrencyChinese: Story = { args: { ...MoneyWithoutCurrency.args, locale: 'zh' } };

/**
 * Logic the builder cannot show exactly (a `var` with a default) opens as JSON, in the Monaco editor
 * bundled with the app and loaded lazily — nothing comes from a CDN.
 */
export const RawMode: Story = { args: { value: { '==': [{ var: ['customer.tier', 'regular'] }, 'vip'] } } };
