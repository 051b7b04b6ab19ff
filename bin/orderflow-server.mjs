#!/usr/bin/env node
// `npm start`: runs server/main.ts through tsx (no build step), with the same ".ts" retry hook as bin/orderflow.mjs.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
const retryWithTs = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || /\\.(ts|tsx|js|mjs|cjs|json)$/.test(specifier)) throw error;
    return next(specifier + '.ts', context);
  }
}`;
registerHooks(`data:text/javascript,${encodeURIComponent(retryWithTs)}`);

const { serve } = await import('../server/main.ts');
try {
  await serve(process.env, process.argv.slice(2));
} catch (error) {
  process.stderr.write(`orderflow serve: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
