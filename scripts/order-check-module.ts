import prettier from 'prettier';
import { fileURLToPath } from 'node:url';
import { orderCheckModule, orderSchema } from '../runtime/index';

export const ORDER_CHECK_FILE = new URL('../runtime/order/order-check.generated.ts', import.meta.url);

/** The generated fast order check as it should be checked in: emitted from the schema, formatted by Prettier. */
export async function formatOrderCheckModule(): Promise<string> {
  const file = fileURLToPath(ORDER_CHECK_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(orderCheckModule(orderSchema), { ...options, filepath: file });
}
