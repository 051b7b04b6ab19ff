#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx orderflow` works right after `npm ci`
// with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
