import { z } from 'zod';

/**
 * JSONLogic lives in configs as plain JSON. Its structure is checked by the logic checker (which
 * can name the unknown operator and path), so the schema only insists on JSON-compatible data.
 */
export const jsonLogicSchema = z
  .json()
  .meta({ description: 'A JSONLogic condition, e.g. {"==": [{"var": "customer.tier"}, "vip"]}', widget: 'logic' });
