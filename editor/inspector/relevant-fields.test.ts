import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { formFields } from './form-model';
import { relevantFields } from './relevant-fields';

const discountFields = (config: Record<string, unknown>) =>
  relevantFields(formFields(coreRegistry.get('discount')!), config).map((f) => f.key);

describe('the discount form', () => {
  it('shows only the fields of the chosen kind and scope', () => {
    const percent = discountFields({ kind: 'percent', percent: 10 });
    expect(percent).toContain('percent');
    expect(percent).not.toContain('amount');
    expect(percent).not.toContain('tiers');
    expect(percent).not.toContain('buy');
    expect(percent).not.toContain('categories');
    const fixed = discountFields({ kind: 'fixed', amount: 1000, scope: 'category' });
    expect(fixed).toContain('amount');
    expect(fixed).toContain('categories');
    expect(fixed).not.toContain('percent');
  });

  it('never hides a field that still holds a value', () => {
    expect(discountFields({ kind: 'fixed', amount: 1000, tiers: [{ threshold: 100, off: 10 }] })).toContain('tiers');
  });
});
