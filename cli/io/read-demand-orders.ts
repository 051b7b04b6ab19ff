import { orderSchema, type Order } from '../../runtime/index';
import type { CliIo } from './cli-error';
import { readOrders } from './read-orders';

/**
 * Reads an orders file for forecasting: every valid canonical order, in file order. An order that
 * cannot be read or is not valid is skipped and named on stderr (file:line and the first problem),
 * since one bad line should not hide a year of history.
 */
export async function readDemandOrders(io: CliIo, path: string): Promise<Order[]> {
  const orders: Order[] = [];
  let skipped = 0;
  for await (const record of readOrders(io.cwd, path)) {
    const where = `${path}${record.line === undefined ? '' : `:${record.line}`}`;
    if ('error' in record) {
      skipped++;
      io.stderr.write(`${where}: skipped: ${record.error}\n`);
      continue;
    }
    const parsed = orderSchema.safeParse(record.value);
    if (parsed.success) orders.push(parsed.data);
    else {
      skipped++;
      const issue = parsed.error.issues[0]!;
      io.stderr.write(`${where}: skipped: ${issue.path.join('.') || 'order'}: ${issue.message}\n`);
    }
  }
  if (skipped > 0) io.stderr.write(`${skipped} order(s) skipped, ${orders.length} read\n`);
  return orders;
}
