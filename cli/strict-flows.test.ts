import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testFlow, testOrder } from '../runtime/testing/builders';
import { cli } from './test-support/fake-io';

const CTX = ['--context', 'examples/data/context.json'];

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-strict-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const selfReferencing = testFlow(
  [
    { id: 'start', type: 'trigger' },
    { id: 'copy', type: 'set-field', config: { field: 'everything', expression: { var: '' } } },
  ],
  ['start.start->copy'],
);

describe('orderflow and flows that cannot run honestly', () => {
  it('refuses a set-field of the whole record as a validation problem, not a "circular structure" stack trace', async () => {
    const dir = scratch({ 'flow.json': JSON.stringify(selfReferencing), 'order.json': JSON.stringify(testOrder()) });
    const r = await cli(['run', join(dir, 'flow.json'), join(dir, 'order.json'), ...CTX]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain('reads the whole order record');
    expect(r.stderr + r.stdout).not.toMatch(/circular|\n\s+at /i);
  });

  it('reads a flow with a byte order mark as compileFlow does', async () => {
    const dir = scratch({ 'flow.json': `\uFEFF${JSON.stringify(selfReferencing)}` });
    const r = await cli(['validate', join(dir, 'flow.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('reads the whole order record');
  });
});
