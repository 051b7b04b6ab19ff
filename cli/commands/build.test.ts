import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { compileFlow, emptyContext, runFlow, type BuiltFlowModule } from '../../runtime/index';
import { cli, ROOT } from '../test-support/fake-io';

const FLOW = 'examples/flows/vip-priority.flow.json';
const CASES = join(ROOT, 'examples/flows/vip-priority.cases.json');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'orderflow-build-'));
}

describe('orderflow build', () => {
  it('writes a module that decides every case as the interpreter does', async () => {
    const out = join(scratch(), 'vip.mjs');
    const r = await cli(['build', FLOW, '-o', out]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toMatch(
      /^examples\/flows\/vip-priority\.flow\.json: built .*vip\.mjs \(flow vip-priority, content [0-9a-f]{12}\)\n$/,
    );
    const built = (await import(/* @vite-ignore */ pathToFileURL(out).href)) as BuiltFlowModule;
    const compiled = compileFlow(readFileSync(join(ROOT, FLOW), 'utf8'), coreRegistry);
    if (!compiled.ok) throw new Error('example does not compile');
    const ctx = emptyContext('2026-11-11T10:00:00+08:00');
    const { cases } = JSON.parse(readFileSync(CASES, 'utf8')) as { cases: { order: unknown }[] };
    expect(cases.length).toBeGreaterThan(0);
    for (const { order } of cases)
      expect(JSON.stringify(built.runFlow(order, ctx, { trace: true }))).toBe(
        JSON.stringify(runFlow(compiled.plan, order, ctx, { trace: true })),
      );
  });

  it('prints the module without -o, refuses a flow with errors, and names a path it cannot write', async () => {
    const printed = await cli(['build', FLOW]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('export function runFlow(');
    const dir = scratch();
    writeFileSync(join(dir, 'bad.flow.json'), '{"format": "orderflow/flow"}');
    const bad = await cli(['build', 'bad.flow.json', '-o', 'x.mjs'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.flow.json has errors');
    const unwritable = await cli(['build', FLOW, '-o', join(dir, 'missing-dir', 'x.mjs')]);
    expect(unwritable).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot write ".*x\.mjs": ENOENT/) });
  });

  it('builds from the installed binary, and a process run by tsx imports the module', () => {
    const out = join(scratch(), 'vip.mjs');
    const build = spawnSync(process.execPath, ['bin/orderflow.mjs', 'build', FLOW, '-o', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(build.status).toBe(0);
    const script = `const m = await import(${JSON.stringify(pathToFileURL(out).href)}); console.log(m.flowId, typeof m.runOrder);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('vip-priority function\n');
  }, 130_000);
});
