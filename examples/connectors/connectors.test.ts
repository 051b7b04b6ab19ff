/** The connector examples simulate without a network: each API call takes its recorded example (or the case's port). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { runContextSchema, compileFlow, runFlow, runCases, parseCasesFile } from '../../runtime/index';

const dir = import.meta.dirname;
const context = runContextSchema.parse(JSON.parse(readFileSync(join(dir, '../data/context.json'), 'utf8')));
const orders = readFileSync(join(dir, '../data/orders.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as unknown);

describe.each(['wms-push', 'tms-quote', 'crm-tag'])('connector example %s', (name) => {
  const compiled = compileFlow(readFileSync(join(dir, `${name}.flow.json`), 'utf8'), coreRegistry);
  if (!compiled.ok) throw new Error(`${name}: ${compiled.problems.map((p) => p.message).join('; ')}`);

  it('compiles without warnings and passes its test cases', () => {
    expect(compiled.warnings).toEqual([]);
    const file = parseCasesFile(JSON.parse(readFileSync(join(dir, `${name}.cases.json`), 'utf8')));
    if (!file.ok) throw new Error(file.problems.join('; '));
    const report = runCases(compiled.plan, file.file.cases, context, { contexts: { '../data/context.json': context } });
    expect(report.results.filter((r) => !r.passed).map((r) => [r.name, r.error, r.mismatches])).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(2);
  });

  it('simulates over the example data set: no order waits for a call, none fails', () => {
    const statuses = new Map<string, number>();
    for (const order of orders) {
      const result = runFlow(compiled.plan, order, context);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
    expect(statuses.get('waiting')).toBeUndefined();
    expect(statuses.get('failed')).toBeUndefined();
    expect(statuses.get('completed')).toBeGreaterThan(0);
  });
});

describe('recorded answers in a test case', () => {
  const compiled = compileFlow(readFileSync(join(dir, 'tms-quote.flow.json'), 'utf8'), coreRegistry);
  if (!compiled.ok) throw new Error('tms-quote does not compile');
  const file = parseCasesFile(JSON.parse(readFileSync(join(dir, 'tms-quote.cases.json'), 'utf8')));
  if (!file.ok) throw new Error(file.problems.join('; '));
  const [first] = file.file.cases;

  it('are refused for a step that is not an API call, or that also has a decision', () => {
    const notACall = { ...first!, answers: { 'by-carrier': { status: 200, body: null } } };
    const both = { ...first!, decisions: { quote: 'ok' }, answers: { quote: { status: 500, body: null } } };
    const report = runCases(compiled.plan, [notACall, both], context, {
      contexts: { '../data/context.json': context },
    });
    expect(report.results.map((r) => r.error)).toEqual([
      'answer by-carrier: by-carrier is a switch step, not an API call',
      'answer quote: quote also has a decision; give one or the other',
    ]);
  });

  it('a non-2xx answer takes the error exit', () => {
    const refused = { ...first!, answers: { quote: { status: 422, body: { error: 'no service to this address' } } } };
    const report = runCases(compiled.plan, [{ ...refused, expect: { tags: ['wave-default'] } }], context, {
      contexts: { '../data/context.json': context },
    });
    expect(report.results[0]).toMatchObject({ passed: true });
  });
});
