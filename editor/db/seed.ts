import type { Flow } from '../../runtime/index';
import type { RepoDeps } from './deps';
import { addFlowDocument } from './flows-repo';

const SEEDED = 'examplesSeeded';

/**
 * On first start, stores the example flows. Runs once per database: a person who deleted the
 * examples does not get them back. A database that already holds flows (an older install) counts
 * as started. With no examples nothing is marked, so examples shipped later still arrive.
 */
export async function seedExamples(deps: RepoDeps, examples: readonly Flow[]): Promise<{ added: number }> {
  const { db } = deps;
  return db.transaction('rw', [db.flows, db.meta], async () => {
    if (await db.meta.get(SEEDED)) return { added: 0 };
    if ((await db.flows.count()) > 0) {
      await db.meta.put({ key: SEEDED, value: deps.now() });
      return { added: 0 };
    }
    if (examples.length === 0) return { added: 0 };
    for (const flow of examples) await addFlowDocument(deps, flow);
    await db.meta.put({ key: SEEDED, value: deps.now() });
    return { added: examples.length };
  });
}
