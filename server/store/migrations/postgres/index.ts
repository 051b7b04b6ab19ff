import { sql as initial } from './001-initial';

/**
 * PostgreSQL's migrations, one for each of sqlite/ under the same name: a schema change is written for
 * both dialects in the same commit. Applied in order, each once, recorded in schema_migrations.
 */
export const POSTGRES_MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '001-initial', sql: initial },
];
