/**
 * json-rules-engine: asynchronous by design, so every order is one awaited `engine.run`. Paths are
 * read by a small own-property resolver (the engine's documented `pathResolver` option) instead of
 * the default JSONPath, which is several times slower; the derived facts are JS functions.
 */
import { Engine as RulesEngine, type Almanac, type EngineResult } from 'json-rules-engine';
import type { Order } from '../../runtime/index';
import { SAMPLE_KIT, TRADEIN, type Decision } from '../decision/decision';
import { rulesEngineRules } from '../decision/rules-engine-rules';
import type { Engine } from './engine';

const segments = new Map<string, string[]>();
function resolvePath(value: object, path: string): unknown {
  let parts = segments.get(path);
  if (!parts) segments.set(path, (parts = path.split('.')));
  let current: unknown = value;
  for (const part of parts) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const engine = new RulesEngine(rulesEngineRules(), { pathResolver: resolvePath });
const orderOf = (almanac: Almanac) => almanac.factValue<Order>('order');
engine.addFact('subtotal', async (_params, almanac) => {
  let subtotal = 0;
  for (const line of (await orderOf(almanac)).lines) subtotal += line.quantity * line.unitPrice.amount;
  return subtotal;
});
engine.addFact('beautyUnits', async (_params, almanac) => {
  let units = 0;
  for (const line of (await orderOf(almanac)).lines) if (line.category === SAMPLE_KIT.category) units += line.quantity;
  return units;
});
engine.addFact('hasAppliance', async (_params, almanac) =>
  (await orderOf(almanac)).lines.some((line) => line.category === TRADEIN.category),
);

/** The decision from the events: first tier and first warehouse (priority order), amounts summed and capped. */
async function fromEvents(result: EngineResult): Promise<Decision> {
  const subtotal = await result.almanac.factValue<number>('subtotal');
  let discount = 0;
  let tierSeen = false;
  let warehouse = '';
  let review = false;
  const gifts: string[] = [];
  for (const event of result.events) {
    const params = event.params ?? {};
    if (event.type === 'percent' && !tierSeen) {
      tierSeen = true;
      discount += Math.floor((subtotal * (params.percent as number) + 50) / 100);
    } else if (event.type === 'fixed') discount += params.amount as number;
    else if (event.type === 'gift') gifts.push(params.sku as string);
    else if (event.type === 'review') review = true;
    else if (event.type === 'warehouse' && warehouse === '') warehouse = params.id as string;
  }
  return { discount: Math.min(discount, subtotal), gifts: gifts.sort(), review, warehouse };
}

const decide = async (order: Order): Promise<Decision> => fromEvents(await engine.run({ order }));

export const jsonRulesEngine: Engine = {
  name: 'json-rules-engine',
  computes:
    'rule conditions and priorities; subtotal, beauty units and "has appliance" are JS fact functions; the adapter sums, rounds and caps the amounts from the events',
  runAsync: decide,
  decision: decide,
};
