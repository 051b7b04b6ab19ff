import type { Facts } from '../../runtime/order/facts';
import type { PreparedRoute } from './route-config';

/** JSONLogic truthiness: like JavaScript, except that an empty array is false. */
export function logicTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Why the proposed plan needs a person ('' = it does not). */
export function reviewTrigger(config: PreparedRoute, facts: Facts, remote: boolean): string {
  const reasons: string[] = [];
  if (config.reviewRemote && remote) reasons.push('remote address');
  if (config.reviewWhen !== null && logicTruthy(config.reviewWhen(facts))) reasons.push('review rule matched');
  return reasons.join(', ');
}
