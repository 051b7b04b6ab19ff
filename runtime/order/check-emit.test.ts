import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { emitOrderCheck, orderCheckModule } from './check-emit';
import { orderSchema } from './order.schema';

describe('the fast order check emitter', () => {
  it('writes keys, patterns and enum members as JSON literals, never as source text', () => {
    const hostile = "x'); globalThis.pwned = 1; ('";
    const { code } = emitOrderCheck(
      z.strictObject({
        [hostile]: z.string().regex(/^a'b"c\\$/),
        kind: z.enum(['`${evil}`', '*/ evil() /*']),
      }),
    );
    expect(code).toContain(`v[${JSON.stringify(hostile)}]`);
    expect(code).toContain(`new RegExp(${JSON.stringify(/^a'b"c\\$/.source)}, "")`);
    expect(code).toContain(JSON.stringify(['`${evil}`', '*/ evil() /*']));
    expect(code).not.toContain(`.${hostile}`);
  });

  it('refuses at generation what it does not know, naming where', () => {
    expect(() => emitOrderCheck(z.strictObject({ when: z.date() }))).toThrow(/the schema\.when.*"date"/);
    expect(() => emitOrderCheck(z.object({ a: z.string() }))).toThrow(/only strict objects/);
    expect(() => emitOrderCheck(z.strictObject({ toString: z.string() }))).toThrow(/Object\.prototype/);
  });

  it('hands the generated module the schema functions it cannot write as data, in the order it names them', () => {
    const { handles, kinds } = emitOrderCheck(orderSchema);
    expect(handles).toHaveLength(kinds.length);
    expect(kinds.filter((k) => k === 'check')).toHaveLength(1); // the order's superRefine
    expect(orderCheckModule(orderSchema)).toContain(JSON.stringify(kinds.join(',')));
  });
});
