import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { emitFlowModule, type NodeRegistry } from '../../runtime/index';
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
