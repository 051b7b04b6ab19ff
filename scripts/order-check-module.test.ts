import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOrderCheckModule, ORDER_CHECK_FILE } from './order-check-module';

describe('runtime/order/order-check.generated.ts', () => {
  it('is what the order schema generates today (run `npm run generate:order-check` after changing the schema)', async () => {
    expect(readFileSync(ORDER_CHECK_FILE, 'utf8')).toBe(await formatOrderCheckModule());
  }, 30_000);
});
