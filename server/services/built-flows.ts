import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitFlowModule, type BuiltFlowModule, type Plan } from '../../runtime/index';

/** Where modules built here import the runtime and the core node types from (this install). */
const IMPORTS = {
  runtime: new URL('../../runtime/index.ts', import.meta.url).href,
  registry: { from: new URL('../../nodes/index.ts', import.meta.url).href, name: 'coreRegistry' },
} as const;

export interface BuildLog {
  warn(details: object, message: string): void;
}

/**
 * Published versions as built flow modules (runtime/aot), one file per module content in
 * `<dataDir>/built/<sha-256 of the source>.mjs`: the same content is written once, by any process,
 * and a file whose bytes are not its name's is rewritten. Building runs in the background; until a
 * module is loaded (or when building failed, logged) the interpreter runs the version.
 */
export class BuiltFlows {
  private readonly modules = new Map<string, BuiltFlowModule>();
  private readonly pending = new Map<string, Promise<BuiltFlowModule | undefined>>();

  constructor(
    private readonly dir: string,
    private readonly log: BuildLog,
  ) {}

  /** The loaded module of a version, if it is built. */
  get(contentHash: string): BuiltFlowModule | undefined {
    return this.modules.get(contentHash);
  }

  /** Starts building a version (once); resolves to its module, or undefined when building failed. */
  build(plan: Plan): Promise<BuiltFlowModule | undefined> {
    const known = this.pending.get(plan.contentHash);
    if (known) return known;
    const building = this.load(plan).then(
      (module) => {
        this.modules.set(plan.contentHash, module);
        return module;
      },
      (error: unknown) => {
        this.log.warn(
          { flowId: plan.flowId, contentHash: plan.contentHash, error: error instanceof Error ? error.message : error },
          'building the flow module failed; the interpreter runs this version',
        );
        return undefined;
      },
    );
    this.pending.set(plan.contentHash, building);
    return building;
  }

  private async load(plan: Plan): Promise<BuiltFlowModule> {
    const source = emitFlowModule(plan, IMPORTS);
    const name = `${createHash('sha256').update(source).digest('hex')}.mjs`;
    const file = join(this.dir, name);
    if ((await readFile(file, 'utf8').catch(() => undefined)) !== source) {
      await mkdir(this.dir, { recursive: true });
      // Written aside and renamed: another process never imports half a file.
      const aside = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(aside, source);
      await rename(aside, file);
    }
    const module = (await import(pathToFileURL(file).href)) as BuiltFlowModule;
    if (module.contentHash !== plan.contentHash) throw new Error(`${name} holds other content`);
    return module;
  }
}
