/**
 * `npm run bench` (tsx bench/index.ts). Node's ESM resolver, even through tsx, reads an import such as
 * `./approval/approval.node` as a native addon path (".node") and does not try `approval.node.ts`;
 * the resolve hook below retries such specifiers with ".ts" so the runtime and nodes load unchanged.
 * Everything else happens in main.ts. See README.md for the method and how to read the figures.
 */
import { register } from 'node:module';

register('./node-ts-resolve.mjs', import.meta.url);
await (await import('./main')).done;
