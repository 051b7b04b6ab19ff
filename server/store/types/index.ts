/** The store contract (run-store.ts) and its row types, by area; import from here. */
export * from './flows';
export * from './orders';
export * from './outbox';
export * from './people';
export * from './rollouts';
export * from './run-store';
export * from './write-set';
