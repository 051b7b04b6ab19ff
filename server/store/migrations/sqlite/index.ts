import { sql as initial } from './001-initial';
import { sql as rollouts } from './002-rollouts';
import { sql as events } from './003-fulfilment-events';
import { sql as waitPriority } from './004-wait-priority';

/** Applied in this order, each once, recorded by name in schema_migrations. Append; never edit one that shipped. */
export const SQLITE_MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '001-initial', sql: initial },
  { name: '002-rollouts', sql: rollouts },
  { name: '003-fulfilment-events', sql: events },
  { name: '004-wait-priority', sql: waitPriority },
];
