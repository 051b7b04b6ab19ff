import { truthy } from '../../runtime/logic/logic';
import type { Facts } from '../../runtime/order/facts';
import type { PreparedRoute } from './route-config';

/** Why the proposed plan needs a person ('' = it does not). */
export function reviewTrigger(config: PreparedRoute, facts: Facts, remote: boolean): string {
  const reasons: string[] = [];
  if (config.reviewRemote && remote) reasons.push('remote address');
  if (config.reviewWhen !== null && truthy(config.reviewWhen(facts))) reasons.push('review rule matched');
  return reasons.join(', ');
}
