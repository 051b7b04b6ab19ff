import { describe, expect, it } from 'vitest';
import { BrokenArrayError, jsonArrayElements, type OrderRecord } from './json-array-stream';

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
  it.each([
    [
      'a number cut short runs into the next element',
      '[\n{"a": 1, "b": 2\n{"a": 3}\n]',
      1,
      /line 3, column 1: "\{" where a comma/,
    ],
    ['a string cut short', '[\n{"a": "x"},\n{"a": "x\n{"a": 3}\n]', 2, /line 3, column 9: a string is not closed/],
    ['a key missing after a comma', '[\n{"a": 1,\n{"a": 3}\n]', 1, /line 3, column 1: "\{" where an object key/],
    ['a bracket closing the wrong kind', '[\n{"a": [1, 2}\n]', 1, /"\}" closes a bracket never opened/],
    ['the file ending inside an element', '[\n{"a": 1},\n{"a": [1, 2', 2, /the file ends inside it/],
  ])('stops at once when %s, naming the element and where', async (_, text, element, where) => {
    const error = await collect(text, 4).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrokenArrayError);
    expect((error as BrokenArrayError).element).toBe(element);
    expect((error as BrokenArrayError).message).toMatch(where);
  });
  it('keeps the last element of an array whose "]" is missing, and says the array is not closed', async () => {
    expect(await collect('[{"id": 1},\n{"id": 2}', 3)).toEqual([
      { line: 1, value: { id: 1 } },
      { line: 2, value: { id: 2 } },
      { line: 2, error: 'line 2: the file ends before the array is closed with "]"' },
    ]);
  });
});
