import { describe, expect, it, vi } from 'vitest';

describe('zod never compiles code at run time', () => {
  it('parses objects built after the runtime entry without calling Function', async () => {
    const { z } = await import('zod');
    await import('./index');
    const spy = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ id: z.string(), lines: z.array(z.object({ sku: z.string(), qty: z.number() })) });
    for (let i = 0; i < 3; i += 1) expect(schema.parse({ id: 'o1', lines: [{ sku: 'A', qty: 1 }] }).id).toBe('o1');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
