import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyNodeDefinition } from '../../runtime/index';
import { CliError } from './cli-error';
import { INPUT_LIMITS, openInput } from './open-input';

function isDefinition(value: unknown): value is AnyNodeDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.type === 'string' &&
    typeof d.run === 'function' &&
    typeof d.outputs === 'function' &&
    typeof (d.config as { safeParse?: unknown } | undefined)?.safeParse === 'function'
  );
}

/** The definitions a module offers: `export const nodes = [...]`, or a default array or definition. */
export function definitionsOf(module: Record<string, unknown>, path: string): AnyNodeDefinition[] {
  const offered = module.nodes ?? module.default;
  const list = Array.isArray(offered) ? offered : offered === undefined ? [] : [offered];
  if (list.length === 0)
    throw new CliError(
      `--nodes ${path}: the module exports no node definitions (export "nodes" as an array of defineNode(...) results, or a default)`,
    );
  list.forEach((item, i) => {
    if (!isDefinition(item))
      throw new CliError(`--nodes ${path}: item ${i} is not a node definition (make it with defineNode from runtime/)`);
  });
  return list as AnyNodeDefinition[];
}

/** Imports custom node modules (TypeScript works: the bin runs under tsx). */
export async function loadNodeModules(cwd: string, paths: readonly string[]): Promise<AnyNodeDefinition[]> {
  const definitions: AnyNodeDefinition[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    // A regular file within the limit, checked without blocking (a FIFO would hang the import).
    await (await openInput(cwd, path, 'nodes module', INPUT_LIMITS.wholeFile)).close();
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    } catch (error) {
      throw new CliError(
        `cannot load nodes module "${path}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    definitions.push(...definitionsOf(module, path));
  }
  return definitions;
}
