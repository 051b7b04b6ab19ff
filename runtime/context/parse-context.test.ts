import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContextText } from './parse-context';

const example = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'data', 'context.json'), 'utf8');

describe('parseContextText', () => {
  it('reads the example world', () => {
    const parsed = parseContextText(example);
    expect(parsed.ok && parsed.context.warehouses.length).toBeGreaterThan(0);
  });

  it('names the line of text that is not JSON', () => {
    const parsed = parseContextText('{\n  "now": "2026-11-11T10:00:00+08:00",\n  "warehouses": [,]\n}');
    expect(parsed).toMatchObject({ ok: false, problems: [{ line: 3 }] });
  });

  it('names the field and line of every value that breaks the schema', () => {
    const world = JSON.parse(example) as { warehouses: { id: unknown }[]; now: unknown };
    world.warehouses[1]!.id = 42;
    world.now = 'yesterday';
    const text = JSON.stringify(world, null, 2);
    const parsed = parseContextText(text);
    if (parsed.ok) throw new Error('a broken context was accepted');
    const lines = text.split('\n');
    expect(parsed.problems.map((p) => p.path).sort()).toEqual(['now', 'warehouses.1.id']);
    const idProblem = parsed.problems.find((p) => p.path === 'warehouses.1.id')!;
    expect(lines[idProblem.line! - 1]).toContain('"id": 42');
  });
});
