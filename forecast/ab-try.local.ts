import { readFileSync } from 'node:fs';
import { compileFlow } from '../runtime/engine/compile';
import { coreRegistry } from '../nodes/index';
import { superstoreLines } from '../forecast/adapters/superstore';
import { offlineAb } from '../forecast/ab/offline-ab';
import { crossRegionShare, splitRate } from '../forecast/preallocate/replay';
const compiled = compileFlow(readFileSync('examples/flows/multi-warehouse.flow.json', 'utf8'), coreRegistry);
if (!compiled.ok) throw new Error('flow');
const lines = superstoreLines(readFileSync('forecast/data/superstore.csv', 'utf8'));
const t0 = performance.now();
for (const w of offlineAb(lines, compiled.plan, ['2022-10-24', '2022-11-07', '2022-11-21', '2022-12-05'])) {
  console.log(w.from, w.plan.transfers.length, 'transfers', w.plan.summary.unitsMoved, 'units', JSON.stringify(w.plan.summary));
  for (const [name, m] of [['without', w.without], ['with', w.with]] as const) console.log('  ', name, m.orders, 'orders', m.stockouts, 'stockouts', (crossRegionShare(m) * 100).toFixed(1) + '% cross', (splitRate(m) * 100).toFixed(1) + '% split', JSON.stringify(m.routingCost));
}
console.log((performance.now() - t0).toFixed(0), 'ms');
