/** Rollouts of a flow version: who gets which arm, what each run counts, the guardrail tests. Pure TypeScript. */
export * from './assignment';
export * from './guardrails';
export * from './normal';
export * from './observation';
export * from './stats';
