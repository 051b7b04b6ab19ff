import { sql as initial } from './001-initial';
import { sql as outboxDelivery } from './002-outbox-delivery';
import { sql as rollouts } from './003-rollouts';
import { sql as events } from './004-fulfilment-events';
import { sql as waitPriority } from './005-wait-priority';
import { sql as outboxLease } from './006-outbox-lease';
import { sql as applyFunction } from './007-apply-function';
import { sql as rejectedPayload } from './008-rejected-payload';
import { sql as applyFunctionPayloadHash } from './009-apply-function-payload-hash';
import { sql as outboxFencing } from './010-outbox-fencing';
import { sql as outboxMarksByKey } from './011-outbox-marks-by-key';
import { sql as lz4Toast } from './012-lz4-toast';

/**
 * PostgreSQL's migrations, one for each of sqlite/ under the same name: a schema change is written for
 * both dialects in the same commit. Applied in order, each once, recorded in schema_migrations.
 */
export const POSTGRES_MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '001-initial', sql: initial },
  { name: '002-outbox-delivery', sql: outboxDelivery },
  { name: '003-rollouts', sql: rollouts },
  { name: '004-fulfilment-events', sql: events },
  { name: '005-wait-priority', sql: waitPriority },
  { name: '006-outbox-lease', sql: outboxLease },
  { name: '007-apply-function', sql: applyFunction },
  { name: '008-rejected-payload', sql: rejectedPayload },
  { name: '009-apply-function-payload-hash', sql: applyFunctionPayloadHash },
  { name: '010-outbox-fencing', sql: outboxFencing },
  { name: '011-outbox-marks-by-key', sql: outboxMarksByKey },
  { name: '012-lz4-toast', sql: lz4Toast },
];
