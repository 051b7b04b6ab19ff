import { sql as initial } from './001-initial';

/** Applied in this order, each once, recorded by name in schema_migrations. Append; never edit one that shipped. */
export const SQLITE_MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '001-initial', sql: initial },
];
