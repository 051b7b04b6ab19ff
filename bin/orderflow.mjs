#!/usr/bin/env node
import './register-tsx.mjs';

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
