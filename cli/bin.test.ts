/** The installed entry point, for real: a child `node bin/orderflow.mjs`, no build step. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './test-support/fake-io';

function orderflow(...args: string[]) {
  return spawnSync(process.execPath, ['bin/orderflow.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

// Each test starts Node and tsx (seconds on a loaded 2-core machine): the spawn's own 60 s bound is the
// hang detector, so the test may take as long as its spawns do.
describe('bin/orderflow.mjs', { timeout: 130_000 }, () => {
  it('validates an example flow', () => {
    const r = orderflow('validate', 'examples/flows/vip-priority.flow.json');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^examples\/flows\/vip-priority\.flow\.json: ok — flow vip-priority/);
    expect(r.status).toBe(0);
  });
  it('loads TypeScript node modules with --nodes and exits 2 on a missing file', () => {
    const ok = orderflow(
      'validate',
      'examples/custom-node/loyalty.flow.json',
      '--nodes',
      'examples/custom-node/index.ts',
    );
    expect(ok.status).toBe(0);
    const missing = orderflow('validate', 'nope.flow.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('orderflow: cannot read flow file "nope.flow.json": no such file\n');
  });
});
