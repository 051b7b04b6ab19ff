import type { Decision } from '../decision/decision';

/** `[discount, gifts, review, warehouse]` from the JSONLogic rule, as a comparable decision. */
export function fromLogicResult(result: unknown): Decision {
  const [discount, gifts, review, warehouse] = result as [number, string[], boolean, string];
  return { discount, gifts: [...gifts].sort(), review, warehouse };
}
