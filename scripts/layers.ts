/**
 * The layer table: what each top-level folder may import. `scripts/layers.test.ts` reads every source
 * file's imports and fails on any import this table does not allow, naming the file, the import and the rule.
 *
 *   runtime ← nodes ← channels ← forecast / health ← cli / editor / server
 *
 * Nothing points up. A new top-level folder with code needs a row here before its tests pass.
 */

export type Folder =
  | 'runtime'
  | 'nodes'
  | 'channels'
  | 'forecast'
  | 'health'
  | 'examples'
  | 'cli'
  | 'editor'
  | 'server'
  | 'bench'
  | 'scripts'
  | 'bin'
  | '.storybook';

/**
 * Which packages shipped code may import: a list (npm names and `node:` built-ins), `browser` (any npm
 * package, no Node built-ins), or `any`.
 */
export type PackageRule = readonly string[] | 'browser' | 'any';

export interface LayerRule {
  /** Other top-level folders its shipped code may import. */
  readonly imports: readonly Folder[];
  /** Folders its tests and test support may import besides (they run real nodes, fixtures, the CLI…). */
  readonly testsAlsoImport?: readonly Folder[];
  readonly packages: PackageRule;
  /**
   * Runs in a browser and a Web Worker as well as in Node, and gives the same answer for the same input:
   * no DOM or Node globals, no wall clock (`Date.now()`, `new Date()`), no `Math.random()`.
   */
  readonly pure?: boolean;
  /** Files inside the folder that run in Node only (paths from the repository root); exempt from `packages` and `pure`. */
  readonly nodeOnly?: RegExp;
  /** Editor views of node types (`*.view.tsx`) may import editor/ too: a node's editor half plugs into the editor. */
  readonly viewsImportEditor?: boolean;
  /** Why the row is what it is, for the failure message and the README. */
  readonly why: string;
}

export const LAYERS: Readonly<Record<Folder, LayerRule>> = {
  runtime: {
    imports: [],
    testsAlsoImport: ['nodes'],
    packages: ['zod', '@noble/hashes', 'jsonc-parser', 'lossless-json'],
    pure: true,
    why: 'the interpreter is the bottom layer; its tests may run the core node types',
  },
  nodes: {
    imports: ['runtime'],
    packages: ['zod'],
    pure: true,
    why: 'node types are built on the runtime only',
  },
  channels: {
    imports: ['runtime', 'nodes'],
    packages: ['zod', 'lossless-json', '@noble/hashes'],
    pure: true,
    nodeOnly: /^channels\/(node\/|bench\.ts$)/,
    why: 'channel payloads become canonical orders; only channels/node/ and the bench touch files',
  },
  forecast: {
    imports: ['runtime', 'nodes'],
    packages: ['zod', 'papaparse'],
    pure: true,
    why: 'forecasting sits beside channels/ and reads canonical orders only',
  },
  health: {
    imports: ['runtime', 'nodes', 'channels'],
    packages: ['zod', 'papaparse'],
    pure: true,
    why: 'order health reads events and simulation results; no I/O, no wall clock',
  },
  examples: {
    imports: ['runtime', 'nodes'],
    viewsImportEditor: true,
    packages: 'any',
    why: 'example flows, data and a custom node type, built like any node author would',
  },
  cli: {
    imports: ['runtime', 'nodes', 'channels', 'forecast', 'health'],
    packages: 'any',
    why: 'the orderflow command: a thin shell that reads files and prints',
  },
  editor: {
    imports: ['runtime', 'nodes', 'channels', 'forecast', 'health', 'examples', '.storybook'],
    packages: 'browser',
    why: 'the browser app; its end-to-end tests drive it from Node',
  },
  server: {
    imports: ['runtime', 'nodes', 'channels', 'health'],
    packages: 'any',
    why: 'the top layer for live orders; nothing imports it (bin/ loads it by path)',
  },
  bench: {
    imports: ['runtime', 'nodes', 'channels', 'forecast', 'health', 'examples', 'editor'],
    packages: 'any',
    why: 'figures for every layer; the server is measured as a child process, never imported',
  },
  scripts: {
    imports: ['runtime', 'nodes', 'channels'],
    packages: 'any',
    why: 'build-time scripts and codemods run from npm scripts',
  },
  bin: {
    imports: ['cli', 'server'],
    packages: 'any',
    why: 'the executables: they load the CLI and the server',
  },
  '.storybook': {
    imports: ['runtime', 'editor'],
    packages: 'any',
    why: 'Storybook set-up for the editor components',
  },
};

/** Tests and the files only tests use: they may use Node, any package and the folders of `testsAlsoImport`. */
export const TEST_FILE = /\.test\.tsx?$|test-support|\/testing\/|\/e2e\//;
