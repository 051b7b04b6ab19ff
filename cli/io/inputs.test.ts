/**
 * The CLI never hangs on an input, never reads one without bound, and never loses a record silently:
 * FIFOs and devices are refused at once, sizes are checked before reading, a .json orders array broken
 * mid-way stops with the element and its place, unreadable files read the same for every input, and an
 * internal error is one line with an id.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  rmSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { cli, CLOCK, ROOT } from '../test-support/fake-io';
import { INPUT_LIMITS } from './open-input';

const VIP = join(ROOT, 'examples/flows/vip-priority.flow.json');
const NOW = ['--now', '2026-11-11T10:00:00+08:00'];
const posix = process.platform !== 'win32';

function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-inputs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

const order = (id: string) =>
  JSON.stringify({
    id,
    channel: 'tmall',
    channelOrderId: id,
    status: 'paid',
    createdAt: '2026-11-10T10:00:00+08:00',
    currency: 'CNY',
    customer: { id: 'c', tier: 'vip' },
    shippingAddress: { country: 'CN' },
    lines: [{ id: 'L1', sku: 'S', quantity: 1, unitPrice: { amount: 60000, currency: 'CNY' } }],
  });

describe.skipIf(!posix)('inputs that are not regular files are refused at once (exit 2)', () => {
  it.each([
    ['validate', (f: string) => ['validate', f], 'flow'],
    ['run (the order)', (f: string) => ['run', VIP, f, ...NOW], 'order'],
    ['simulate (--context)', (f: string) => ['simulate', VIP, 'o.jsonl', '--context', f], 'context'],
    ['simulate (the orders)', (f: string) => ['simulate', VIP, f, ...NOW], 'orders'],
    ['normalize (.jsonl payloads)', (f: string) => ['normalize', '--channel', 'douyin', f], 'payload'],
    ['validate --nodes (a module)', (f: string) => ['validate', VIP, '--nodes', f], 'nodes module'],
  ])('%s: a named pipe nobody writes to', async (_, args, what) => {
    const dir = scratch({ 'o.jsonl': '' });
    const pipe = fifo(dir, what === 'payload' ? 'p.jsonl' : 'input.json');
    const r = await cli(args(pipe), dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `orderflow: cannot read ${what} file "${pipe}": it is a named pipe (FIFO), not a regular file\n`,
    );
  });
  it('a device that never ends (/dev/zero) is refused before a byte is read', async () => {
    const r = await cli(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('orderflow: cannot read flow file "/dev/zero": it is a device, not a regular file\n');
  });
});

describe('sizes are checked before reading (exit 2)', () => {
  it('a flow file over the whole-file limit', async () => {
    const dir = scratch({ 'big.flow.json': '' });
    truncateSync(join(dir, 'big.flow.json'), INPUT_LIMITS.wholeFile + 1); // sparse: no disk used
    const r = await cli(['validate', 'big.flow.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'orderflow: cannot read flow file "big.flow.json": it is 64.0 MiB, over the 64.0 MiB limit for flow files (see orderflow --help)\n',
    );
  });
  it('an orders file over the streamed-file limit', async () => {
    const dir = scratch({ 'big.jsonl': '' });
    truncateSync(join(dir, 'big.jsonl'), INPUT_LIMITS.streamedFile + 1);
    const r = await cli(['simulate', VIP, 'big.jsonl', ...NOW], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read orders file "big.jsonl": it is 4.0 GiB, over the 4.0 GiB limit');
  });
  it('a JSON Lines line longer than the record limit stops with its line, before it fills memory', async () => {
    const dir = scratch({ 'o.jsonl': `${order('A')}\n"${'x'.repeat(INPUT_LIMITS.record + 10)}"\n${order('C')}\n` });
    const r = await cli(['simulate', VIP, 'o.jsonl', ...NOW], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^orderflow: orders file "o\.jsonl", line 2: longer than the 16 MiB limit/);
  });
});

describe('an unreadable orders file reads like every other unreadable file', () => {
  it.each([
    ['missing', (dir: string) => join(dir, 'nothing.json'), 'no such file'],
    ['a directory', (dir: string) => (mkdirSync(join(dir, 'sub')), join(dir, 'sub')), 'it is a directory'],
  ])('%s: exit 2, the words the flow file gets', async (_, make, reason) => {
    const dir = scratch();
    const path = make(dir);
    const asFlow = await cli(['validate', path], dir);
    const asOrders = await cli(['simulate', VIP, path, ...NOW], dir);
    expect(asFlow.stderr).toBe(`orderflow: cannot read flow file "${path}": ${reason}\n`);
    expect(asOrders.stderr).toBe(`orderflow: cannot read orders file "${path}": ${reason}\n`);
    expect([asFlow.code, asOrders.code]).toEqual([2, 2]);
  });
});

describe.skipIf(!posix || process.getuid?.() === 0)('a file the user may not read', () => {
  it('exits 2 with "permission denied" for the orders as for the flow', async () => {
    const dir = scratch({ 'secret.json': '[]' });
    chmodSync(join(dir, 'secret.json'), 0o000);
    const asFlow = await cli(['validate', 'secret.json'], dir);
    const asOrders = await cli(['simulate', VIP, 'secret.json', ...NOW], dir);
    expect(asFlow.stderr).toBe('orderflow: cannot read flow file "secret.json": permission denied\n');
    expect(asOrders.stderr).toBe('orderflow: cannot read orders file "secret.json": permission denied\n');
    expect([asFlow.code, asOrders.code]).toEqual([2, 2]);
  });
});

describe('a .json orders array broken mid-way never loses orders silently', () => {
  const many = (count: number, broken: number, cut: (text: string) => string) =>
    `[\n${Array.from({ length: count }, (_, i) => (i + 1 === broken ? cut(order(`O${i + 1}`)) : order(`O${i + 1}`))).join(',\n')}\n]\n`;

  it.each([
    ['cut inside a number', (t: string) => t.slice(0, t.indexOf('60000') + 3)],
    ['cut inside a string', (t: string) => t.slice(0, t.indexOf('tmall') + 2)],
    ['cut after a comma', (t: string) => t.slice(0, t.indexOf(',"status"') + 1)],
  ])('element 101 of 201 %s: exit 1, the element and its line, no summary of a part', async (_, cut) => {
    const dir = scratch({ 'orders.json': many(201, 101, cut) });
    const r = await cli(['simulate', VIP, 'orders.json', ...NOW], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^orderflow: cannot read orders file "orders\.json": element 101 \(from line 102\) is broken at line 10[23], column \d+: .*100 orders came before it/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('an element broken inside its own brackets is one unreadable order; every other is counted', async () => {
    const dir = scratch({ 'orders.json': many(10, 4, (t) => t.replace('"paid"', 'paid')) });
    const summary = JSON.parse((await cli(['simulate', VIP, 'orders.json', ...NOW, '--json'], dir)).stdout);
    expect(summary.orders).toBe(10);
    expect(summary.rejections.samples).toMatchObject([{ line: 5, orderId: null }]);
  });
});

describe('an internal error is one line and an id, never a stack trace', () => {
  it('prints one line naming a log file in the temp folder that holds the stack', async () => {
    let stderr = '';
    const code = await main(['channels'], {
      stdout: {
        write: () => {
          throw new TypeError('Cannot read properties of undefined (reading "x")');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: ROOT,
      clock: CLOCK,
    });
    expect(code).toBe(1);
    const match =
      /^orderflow: internal error ([0-9a-f]{8}): Cannot read properties of undefined \(reading "x"\) \(a bug in orderflow, not in your files; details in (.+)\)\n$/.exec(
        stderr,
      );
    expect(match).not.toBeNull();
    const log = match![2]!;
    expect(log).toBe(join(tmpdir(), `orderflow-error-${match![1]}.log`));
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/TypeError: Cannot read properties[\s\S]*at /);
    rmSync(log);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
