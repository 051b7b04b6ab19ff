import { parseJsonText } from '../../runtime/json/json-text';

/** One record of an orders file: its parsed value, or why it could not be read. */
export type OrderRecord =
  { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

/** Parses one element's text; on a syntax error, the line:column is made absolute to the file. */
export function parseRecord(text: string, line: number): OrderRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch {
    const parsed = parseJsonText(text);
    const where = parsed.ok ? { line: 1, column: 1, message: 'not valid JSON' } : parsed.error;
    return { line, error: `line ${line + where.line - 1}, column ${where.column}: ${where.message}` };
  }
}

/**
 * Streams the elements of a top-level JSON array without holding the whole file: it tracks strings
 * and nesting depth and cuts at commas of depth 1. A file holding one object yields that object.
 */
export async function* jsonArrayElements(chunks: AsyncIterable<string>): AsyncGenerator<OrderRecord> {
  let mode = 'start' as 'start' | 'array' | 'single' | 'done';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let pending = '';
  let startLine = 0;
  let trailing = false;
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (mode === 'single') continue;
      if (mode === 'done') {
        if (!isSpace(c) && !trailing) {
          trailing = true;
          yield { line, error: `line ${line}: text after the closing "]" of the orders array` };
        }
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92)
          escaped = true; // backslash
        else if (c === 34) inString = false;
        continue;
      }
      if (mode === 'start') {
        if (c === 91) {
          mode = 'array';
          depth = 1;
          from = i + 1;
        } // [
        else if (c === 123) {
          mode = 'single';
          startLine = line;
          from = i;
        } // {
        else if (!isSpace(c))
          throw new Error(`line ${line}: an orders file holds a JSON array of orders, or one order object`);
        continue;
      }
      if (c === 34) inString = true;
      if (depth === 1 && startLine === 0 && !isSpace(c) && c !== 44 && c !== 93) startLine = line;
      if (c === 91 || c === 123) depth++;
      else if (c === 125 || (c === 93 && depth > 1)) depth--;
      else if (depth === 1 && (c === 44 || c === 93)) {
        const text = (pending + chunk.slice(from, i)).trim();
        pending = '';
        from = i + 1;
        if (text !== '') yield parseRecord(text, startLine);
        else if (c === 44) yield { line, error: `line ${line}: empty element (a stray comma)` };
        startLine = 0;
        if (c === 93) mode = 'done';
      }
    }
    if (mode === 'array' || mode === 'single') pending += chunk.slice(from);
  }
  if (mode === 'single') yield parseRecord(pending.trim(), startLine);
  else if (mode === 'array') yield { line, error: `line ${line}: the file ends before the array is closed with "]"` };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}
