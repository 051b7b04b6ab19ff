import type { jsonDefaults as JsonDefaults } from 'monaco-editor/languages/features/json/register';

type Defaults = typeof JsonDefaults;

interface Entry {
  readonly uri: string;
  readonly fileMatch: string[];
  readonly schema: object;
}

/** Monaco keeps one global JSON configuration; each editor adds its schema under its own model URI. */
const entries = new Map<string, Entry>();
let counter = 0;

function apply(defaults: Defaults): void {
  defaults.setDiagnosticsOptions({
    ...defaults.diagnosticsOptions,
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    // Never fetch `$schema` URLs from the network: schemas come only from here.
    enableSchemaRequest: false,
    schemas: [...entries.values()],
  });
}

/** Registers `schema` for the model at `modelUri`; returns the unregister function. */
export function registerSchema(defaults: Defaults, modelUri: string, schema: object): () => void {
  entries.set(modelUri, { uri: `inmemory://orderflow/schemas/${++counter}.json`, fileMatch: [modelUri], schema });
  apply(defaults);
  return () => {
    entries.delete(modelUri);
    apply(defaults);
  };
}
