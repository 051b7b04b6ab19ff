import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitFlowModule, type BuiltFlowModule, type NodeRegistry, type Plan } from '../../runtime/index';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { flowOrExit } from './shared';

/** Where a module built by this install imports the runtime and the core node types from. */
export const INSTALL_IMPORTS = {
  runtime: new URL('../../runtime/index.ts', import.meta.url).href,
  registry: { from: new URL('../../nodes/index.ts', import.meta.url).href, name: 'coreRegistry' },
} as const;

/**
 * `orderflow build <flow.json> [-o flow.mjs]`: the flow, validated, as an ES module specialised to it
 * (runtime/aot). Written to `out`, or to stdout without it. Exit 1 when the flow has errors.
 */
export async function buildCommand(io: CliIo, flowPath: string, out: string | undefined, registry: NodeRegistry) {
  const plan = await flowOrExit(io, flowPath, registry);
  const source = emitFlowModule(plan, INSTALL_IMPORTS);
  if (out === undefined) {
    io.stdout.write(source);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(io.cwd, out), source);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(`cannot write "${out}"${typeof code === 'string' ? `: ${code}` : ''}`);
  }
  io.stderr.write(`${flowPath}: built ${out} (flow ${plan.flowId}, content ${plan.contentHash.slice(0, 12)})\n`);
  return EXIT.ok;
}

/**
 * The plan built into a module and imported (a temp file, removed once loaded), for commands that run
 * many orders; undefined when it cannot be (custom node types, an unwritable temp dir): the
 * interpreter then runs them, with the same results.
 */
export async function importBuilt(
  plan: Plan,
  registry: NodeRegistry,
  core: NodeRegistry,
): Promise<BuiltFlowModule | undefined> {
  if (registry !== core) return undefined; // the module imports the core registry only
  const dir = await mkdtemp(join(tmpdir(), 'orderflow-built-')).catch(() => undefined);
  if (dir === undefined) return undefined;
  try {
    const file = join(dir, 'flow.mjs');
    await writeFile(file, emitFlowModule(plan, INSTALL_IMPORTS));
    return (await import(pathToFileURL(file).href)) as BuiltFlowModule;
  } catch {
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
