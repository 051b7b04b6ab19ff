import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { cli } from '../test-support/fake-io';
import { defaultCasesPath, testCommand, type TestArgs } from './test';

const root = join(import.meta.dirname, '..', '..');
const clock = () => new Date('2026-11-11T02:00:00Z');

async function run(args: Partial<TestArgs> & { flowPath: string }, cwd = root) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd };
  let code: number;
  try {
    code = await testCommand(io, { json: false, ...args }, coreRegistry, clock);
  } catch (error) {
    // CliErrors are turned into exit codes by main(); here we read them directly.
    const e = error as { message: string; exitCode?: number };
    stderr += e.message;
    code = e.exitCode ?? -1;
  }
  return { code, stdout, stderr };
}

/** A copy of an example cases file in a temp dir, next to a copy of the context, with `edit` applied. */
function tempCases(
  name: string,
  edit: (file: { cases: { name: string; expect: Record<string, unknown> }[] }) => void,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'of-test-'));
  const file = JSON.parse(readFileSync(join(root, 'examples/flows', `${name}.cases.json`), 'utf8')) as {
    cases: { name: string; context?: string; expect: Record<string, unknown> }[];
  };
  for (const c of file.cases) c.context = 'context.json';
  edit(file);
  writeFileSync(join(dir, 'context.json'), readFileSync(join(root, 'examples/data/context.json')));
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(file, null, 2));
  return join(dir, 'cases.json');
}

describe('orderflow test', () => {
  it('finds <name>.cases.json next to <name>.flow.json', () => {
    expect(defaultCasesPath('examples/flows/vip-priority.flow.json')).toBe('examples/flows/vip-priority.cases.json');
    expect(defaultCasesPath('my-flow.json')).toBe('my-flow.cases.json');
  });

  it('passes the example cases and exits 0', async () => {
    const { code, stdout, stderr } = await run({ flowPath: 'examples/flows/vip-priority.flow.json' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('PASS  VIP ¥598 order gets 10% off and a gift bag\n');
    expect(stdout).toMatch(/examples\/flows\/vip-priority\.cases\.json: 6 passed, 0 failed \(6 cases\)\n$/);
  });

  it('prints what differs under a failing case and exits 1', async () => {
    const path = tempCases(
      'vip-priority',
      (file) => void (file.cases[0]!.expect.total = { amount: 56000, currency: 'CNY' }),
    );
    const { code, stdout } = await run({ flowPath: 'examples/flows/vip-priority.flow.json', casesPath: path });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'FAIL  VIP ¥598 order gets 10% off and a gift bag\n      total: expected ¥560.00, got ¥538.20\n',
    );
    expect(stdout).toContain('5 passed, 1 failed (6 cases)');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run({ flowPath: 'examples/flows/trade-in.flow.json', json: true });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      passed: number;
      failed: number;
      results: { name: string; passed: boolean; status: string }[];
    };
    expect(report.failed).toBe(0);
    expect(report.results[0]).toMatchObject({ passed: true, status: 'waiting' });
  });

  it('points at the lines of an invalid cases file and exits 1', async () => {
    const path = tempCases('vip-priority', (file) => void (file.cases[1]!.expect.colour = 'red'));
    const { code, stderr } = await run({ flowPath: 'examples/flows/vip-priority.flow.json', casesPath: path });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cases\.json:\d+: error: cases\.1\.expect: .*colour.* \[invalid-cases\]/);
  });

  it('exits 2 when the cases file is missing', async () => {
    const { code, stderr } = await run({
      flowPath: 'examples/flows/vip-priority.flow.json',
      casesPath: 'nope.cases.json',
    });
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read cases file "nope.cases.json": no such file');
  });

  it('warns when the cases were written for another flow', async () => {
    const path = tempCases(
      'vip-priority',
      (file) => void Object.assign(file, { flowId: 'other-flow', cases: file.cases.slice(0, 1) }),
    );
    const { code, stderr } = await run({ flowPath: 'examples/flows/vip-priority.flow.json', casesPath: path });
    expect(code).toBe(0);
    expect(stderr).toContain('was written for flow "other-flow", not "vip-priority"');
  });

  it('is wired into the CLI: every example flow passes its cases', async () => {
    for (const name of ['vip-priority', 'trade-in', 'returns-qc', 'multi-warehouse', 'promo-routing-decision']) {
      const r = await cli(['test', `examples/flows/${name}.flow.json`]);
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
    const explicit = await cli([
      'test',
      'examples/flows/trade-in.flow.json',
      'examples/flows/trade-in.cases.json',
      '--now',
      '2026-11-12T10:00:00+08:00',
    ]);
    expect(explicit.code).toBe(0);
    expect((await cli(['test', 'a', 'b', 'c'])).stderr).toContain('expected 1 or 2 file argument(s), got 3');
    expect((await cli(['test', VIP_FLOW, '--decide', 'x=y'])).stderr).toContain('--decide is not an option of "test"');
  });
});

const VIP_FLOW = 'examples/flows/vip-priority.flow.json';
