import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coreRegistry } from './index';
import { configFields, fieldsWithoutWords } from './testing/field-words';
import { metaOf } from '../runtime/node/index';

describe('every core node type labels its own config fields', () => {
  for (const definition of coreRegistry.list())
    it(`${definition.type}: each field has a label and help in English and 中文`, () => {
      expect(fieldsWithoutWords(definition)).toEqual([]);
    });

  it('the check fails on a field without both languages, or without help', () => {
    const bare = { ...coreRegistry.get('tag')!, type: 'bare', config: z.object({ note: z.string() }) };
    expect(fieldsWithoutWords(bare)).toEqual([
      'bare: note has no label in both languages',
      'bare: note has no help in both languages',
    ]);
    const english = {
      ...bare,
      config: z.object({
        note: z.string().meta({ label: { en: 'Note', zh: 'Note' }, help: { en: 'A note', zh: 'A note' } }),
      }),
    };
    expect(fieldsWithoutWords(english)).toEqual([
      'bare: note has no 中文 label ("Note")',
      'bare: note has no 中文 help ("A note")',
      'bare: note has the same help in both languages',
    ]);
  });

  it('money widgets sit on integer fields and speak of yuan, not minor units, to people', () => {
    let money = 0;
    for (const definition of coreRegistry.list()) {
      const root = z.toJSONSchema(definition.config, { io: 'input', unrepresentable: 'any' });
      for (const { path, schema } of configFields(root as Record<string, unknown>)) {
        const meta = metaOf(schema);
        expect(meta.help?.en ?? '', `${definition.type}: ${path}`).not.toMatch(/minor units/);
        if (meta.widget !== 'money') continue;
        money++;
        expect(schema.type, `${definition.type}: ${path}`).toBe('integer');
      }
    }
    expect(money).toBeGreaterThanOrEqual(6);
  });
});
