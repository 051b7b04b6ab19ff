import type { z } from 'zod';
import { orderCheckHandles } from './check-emit';
import { FAILED } from './check-support';
import { makeOrderCheck } from './order-check.generated';
import { orderSchema, type Order } from './order.schema';

const fastOrder = makeOrderCheck(orderCheckHandles(orderSchema));

/**
 * `orderSchema.safeParse`, faster: a valid order takes the fast check generated from the schema
 * (order-check.generated.ts, written by runtime/order/check-emit.ts) and comes back as the value zod
 * would return (sharing the input's objects where they already are that value: do not mutate either);
 * anything the fast check does not accept is parsed by zod itself, so a refusal has zod's messages and
 * paths, in `params`'s language.
 */
export function parseOrder(
  input: unknown,
  params?: z.core.ParseContext<z.core.$ZodIssue>,
): z.ZodSafeParseResult<Order> {
  const fast = fastOrder(input);
  if (fast !== FAILED) return { success: true, data: fast as Order };
  return orderSchema.safeParse(input, params);
}

/** The fast check alone (FAILED when zod must decide); for tests and the benchmark. */
export const fastParseOrder = (input: unknown): Order | typeof FAILED => fastOrder(input) as Order | typeof FAILED;
