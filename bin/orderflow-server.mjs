#!/usr/bin/env node
// `npm start`: runs server/main.ts through tsx (no build step).
import './register-tsx.mjs';

const { serve } = await import('../server/main.ts');
try {
  await serve(process.env, process.argv.slice(2));
} catch (error) {
  process.stderr.write(`orderflow serve: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
