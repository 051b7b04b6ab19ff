#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx orderflow` works right after `npm ci`
// with no build step to remember.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// tsx's ESM resolver does not add ".ts" to a specifier that already has another extension, and our
// node files are named "discount.node.ts" but imported as "./discount.node". Retry such relative
// specifiers with ".ts" (registered after tsx, so this hook runs first and tsx resolves the retry).
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

if (process.argv[2] === 'serve') {
  // The server is its own layer (cli/ never imports it): `orderflow serve` is `npm start`, loaded only here.
  const { serve } = await import('../server/main.ts');
  try {
    await serve(process.env, process.argv.slice(3));
  } catch (error) {
    process.stderr.write(`orderflow serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
} else {
  const { main } = await import('../cli/main.ts');
  const { describeInternalError } = await import('../cli/io/internal-error.ts');
  // An error escaping main (a stray stream error) is still one line and an id, never a stack trace.
  const fail = (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0); // the reader went away (| head): not a bug
    process.stderr.write(`orderflow: ${describeInternalError(error, process.argv.slice(2))}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
}
