import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plan } from '../engine/compile';
import type { BuiltFlowModule } from './built-module';
import { emitFlowModule } from './emit-flow';

/** Where built modules in tests import the runtime and the core nodes from. */
export const TEST_EMIT_OPTIONS = {
  runtime: new URL('../index.ts', import.meta.url).href,
  registry: { from: new URL('../../nodes/index.ts', import.meta.url).href, name: 'coreRegistry' },
} as const;

let dir: string | undefined;
let count = 0;

/** Writes `source` as a module file in a temp dir and imports it (as a host would, no eval). */
export async function importSource<T>(source: string): Promise<T> {
  dir ??= mkdtempSync(join(tmpdir(), 'orderflow-aot-'));
  const file = join(dir, `m${count++}.mjs`);
  writeFileSync(file, source);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as T;
}

/** Builds a plan into a module and imports it. */
export function buildAndImport(plan: Plan): Promise<BuiltFlowModule> {
  return importSource<BuiltFlowModule>(emitFlowModule(plan, TEST_EMIT_OPTIONS));
}
