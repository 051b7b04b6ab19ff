import { readFileSync } from 'node:fs';
import { emptyContext, type RunContext, parseContextText } from '../../runtime/index';
import { canonicalJson, sha256 } from './hash';

/**
 * What runs see besides the order: warehouses, carriers, customers, gift costs (a context file).
 * Stored once per content hash; each run keeps the hash and its own `now`, so a replay sees the same world.
 */
export interface World {
  readonly hash: string;
  readonly json: string;
  /** The file as written, `now` included: test cases that name a context file get this one. */
  readonly context: RunContext;
}

export function worldFrom(context: RunContext): World {
  const { now: _fileNow, ...world } = context;
  const json = canonicalJson(world);
  return { hash: sha256(json), json, context };
}

export function loadWorld(path: string | undefined): World {
  if (path === undefined) return worldFrom(emptyContext());
  const parsed = parseContextText(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    const detail = parsed.problems
      .map((p) => `${p.path ?? ''}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`)
      .join('; ');
    throw new Error(`context file ${path} is not valid: ${detail}`);
  }
  return worldFrom(parsed.context);
}

/** The context of one run: the stored world at the run's instant. */
export function runContext(worldJson: string, now: string): RunContext {
  return { ...(JSON.parse(worldJson) as Omit<RunContext, 'now'>), now };
}
