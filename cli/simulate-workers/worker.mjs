// The entry of a simulate worker thread: the TypeScript sources run through tsx, as in bin/register-tsx.mjs
// (a worker does not inherit the main thread's loader hooks).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
