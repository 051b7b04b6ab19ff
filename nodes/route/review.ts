import { truthy } from '../../runtime/node/index';
import type { Facts } from '../../runtime/node/index';
import type { PreparedRoute } from './route-config';
import type { RouteWords } from './words';

/** Why the proposed plan needs a person ('' = it does not). */
export function reviewTrigger(config: PreparedRoute, facts: Facts, remote: boolean, say: RouteWords): string {
  const reasons: string[] = [];
  if (config.reviewRemote && remote) reasons.push(say.remoteAddress());
  if (config.reviewWhen !== null && truthy(config.reviewWhen(facts))) reasons.push(say.ruleMatched());
  return say.list(reasons);
}
