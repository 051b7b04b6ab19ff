import { describe, expect, it } from 'vitest';
import { jsonArrayElements, type OrderRecord } from './json-array-stream';

async function collect(text: string, chunkSize: number): Promise<OrderRecord[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out: OrderRecord[] = [];
  for await (const record of jsonArrayElements(chunks())) out.push(record);
  return out;
}

const TEXT =
  '[\n  {"id": "a", "note": "has ] and , and \\" inside"},\n  {"id": "b", "lines": [[1, 2], {"x": "}"}]},\n  "plain",\n  42\n]\n';

describe('jsonArrayElements', () => {
  it.each([1, 2, 7, 1000])('yields each element with its line, whatever the chunk size (%i)', async (size) => {
    expect(await collect(TEXT, size)).toEqual([
      { line: 2, value: { id: 'a', note: 'has ] and , and " inside' } },
      { line: 3, value: { id: 'b', lines: [[1, 2], { x: '}' }] } },
      { line: 4, value: 'plain' },
      { line: 5, value: 42 },
    ]);
  });
  it('reports a broken element with its file line and column, and goes on', async () => {
    const records = await collect('[\n{"id": "a"},\n{"id":\n  oops},\n{"id": "c"}\n]', 3);
    expect(records).toEqual([
      { line: 2, value: { id: 'a' } },
      { line: 3, error: expect.stringMatching(/^line 4, column 3: not valid JSON/) },
      { line: 5, value: { id: 'c' } },
    ]);
  });
  it('reads a file holding a single order object', async () => {
    expect(await collect('\n{"id": "solo", "a": [1, {"b": 2}]}\n', 4)).toEqual([
      { line: 2, value: { id: 'solo', a: [1, { b: 2 }] } },
    ]);
  });
  it('says when the array is never closed, or text follows it', async () => {
    expect((await collect('[{"id": 1},', 5)).at(-1)).toMatchObject({
      error: expect.stringContaining('ends before the array is closed'),
    });
    expect((await collect('[1]\nextra', 5)).at(-1)).toMatchObject({
      line: 2,
      error: expect.stringContaining('text after the closing'),
    });
  });
  it('accepts an empty array and refuses a file that is not JSON at all', async () => {
    expect(await collect('[ ]', 1)).toEqual([]);
    await expect(collect('id,channel\n1,jd', 4)).rejects.toThrow('an orders file holds a JSON array');
  });
});
