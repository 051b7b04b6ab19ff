/** Every example flow ships with test cases (examples/flows/<name>.cases.json), and they all pass. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCasesFile } from './test-cases';
import { runCases } from './run-cases';
import { at, exampleContext, examplePlan } from './test-support';

const flows = readdirSync(at('examples/flows'))
  .filter((f) => f.endsWith('.flow.json'))
  .map((f) => f.slice(0, -'.flow.json'.length))
  .sort();

describe.each(flows)('examples/flows/%s.cases.json', (name) => {
  const parsed = parseCasesFile(JSON.parse(readFileSync(at('examples/flows', `${name}.cases.json`), 'utf8')));

  it('is a valid cases file for its flow with 3–8 cases (few enough to read)', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.file.flowId).toBe(name);
    expect(parsed.file.cases.length).toBeGreaterThanOrEqual(3);
    expect(parsed.file.cases.length).toBeLessThanOrEqual(8);
    expect(new Set(parsed.file.cases.map((c) => c.name)).size).toBe(parsed.file.cases.length);
  });

  it('passes every case', () => {
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    // Cases name the example context relative to the cases file.
    const report = runCases(examplePlan(name), parsed.file.cases, exampleContext, {
      contexts: { '../data/context.json': exampleContext },
    });
    const failures = report.results
      .filter((r) => !r.passed)
      .map((r) => `${r.name}: ${r.error ?? r.mismatches.map((m) => m.message).join('; ')}`);
    expect(failures).toEqual([]);
  });
});
