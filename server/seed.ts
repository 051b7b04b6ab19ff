import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { auditEntry } from './audit/audit';
import { hashPassword, randomPassword } from './auth/passwords';
import { SYSTEM } from './auth/principal';
import type { ServiceDeps } from './services/deps';
import { canonicalJson, newId } from './services/hash';
import { publishContent } from './services/publishing';
import type { FlowRecord, UserRow } from './store/types/index';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', 'examples', 'flows');

/** `vip-priority.flow.json` → `vip-priority` (example files are named by their flow's id). */
const flowIdOf = (file: string): string => file.replace(/\.flow\.json$/, '');

export interface SeedReport {
  /** Set only on the very first start: the admin's password, to print once. */
  readonly admin?: { readonly username: string; readonly password: string };
  readonly published: readonly string[];
}

/**
 * First start: an admin account (password from config or random, returned to be printed once) and
 * the example flows, saved and published through the same checks as any publish.
 */
export async function seed(deps: ServiceDeps, examplesDir = EXAMPLES_DIR): Promise<SeedReport> {
  const { store, clock, config } = deps;
  let admin: SeedReport['admin'];
  if ((await store.countUsers()) === 0) {
    const password = config.adminPassword ?? randomPassword();
    const now = clock.now();
    const user: UserRow = {
      id: newId('usr'),
      username: 'admin',
      passwordHash: await hashPassword(password),
      roles: ['admin'],
      approvalRoles: [],
      disabled: false,
      createdAt: now,
      updatedAt: now,
    };
    await store.commit({
      users: [user],
      audit: [auditEntry(now, SYSTEM, 'user.create', user.id, undefined, { username: 'admin', roles: ['admin'] })],
    });
    admin = { username: 'admin', password };
  }
  const published: string[] = [];
  if (!config.seed || (await store.listFlows()).length > 0 || !existsSync(examplesDir)) return { admin, published };
  const files = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.flow.json'))
    .sort();
  const chosen = config.seedFlows.length === 0 ? files : files.filter((f) => config.seedFlows.includes(flowIdOf(f)));
  const unknown = config.seedFlows.filter((id) => !files.some((f) => flowIdOf(f) === id));
  if (unknown.length > 0)
    throw new Error(
      `ORDERFLOW_SEED_FLOWS names ${unknown.join(', ')}, which is not an example flow (${files.map(flowIdOf).join(', ')})`,
    );
  for (const file of chosen) {
    const flow = JSON.parse(readFileSync(join(examplesDir, file), 'utf8')) as { id: string; name?: string };
    const casesPath = join(examplesDir, file.replace(/\.flow\.json$/, '.cases.json'));
    const casesJson = existsSync(casesPath) ? canonicalJson(JSON.parse(readFileSync(casesPath, 'utf8'))) : null;
    const now = clock.now();
    const row: FlowRecord = {
      id: flow.id,
      name: flow.name ?? flow.id,
      draftJson: canonicalJson(flow),
      casesJson,
      requiredApprovals: 0,
      updatedBy: SYSTEM.id,
      updatedAt: now,
      createdAt: now,
    };
    await store.commit({
      flows: [row],
      audit: [auditEntry(now, SYSTEM, 'flow.save', flow.id, undefined, { seeded: file })],
    });
    // Seeding is not a person's publish: no four-eyes, but the same validation and test cases.
    const answer = await publishContent(
      deps,
      SYSTEM,
      {
        flowId: flow.id,
        flowJson: row.draftJson,
        casesJson,
        note: `example ${file}, seeded on first start`,
        author: SYSTEM.id,
      },
      0,
    );
    if (answer.write) await store.commit(answer.write);
    published.push(flow.id);
  }
  return { admin, published };
}
