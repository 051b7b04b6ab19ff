import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coreRegistry } from '../../nodes/index';
import { fieldHelp } from './field-help';

/** Every description a core node type gives its config fields, from its JSON Schema. */
function descriptions(schema: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((item) => descriptions(item, out));
  else if (schema && typeof schema === 'object')
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'description' && typeof value === 'string') out.add(value);
      else descriptions(value, out);
    }
  return out;
}

describe('inspector help texts', () => {
  const all = new Set<string>();
  for (const definition of coreRegistry.list())
    descriptions(z.toJSONSchema(definition.config, { io: 'input', unrepresentable: 'any' }), all);

  it('exist in 中文 for every field of every core step, and speak of yuan, not minor units', () => {
    expect(all.size).toBeGreaterThan(20);
    for (const description of all) {
      expect(fieldHelp(description, 'zh'), description).toMatch(/[\u4e00-\u9fff]/);
      expect(fieldHelp(description, 'en'), description).not.toMatch(/minor units/);
    }
  });
});
