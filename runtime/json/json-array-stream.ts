import { parseJsonText } from './json-text';

/** The longest one record (a line of JSON Lines, an element of a `.json` array) may be: 16 MiB. */
export const RECORD_LIMIT_BYTES = 16 * 1024 * 1024;

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
 * The array's structure is broken at a point after which elements cannot be told apart (an element cut
 * short runs into the next one). Reading stops: guessing would lose or merge orders without saying so.
 */
export class BrokenArrayError extends Error {
  constructor(
    readonly element: number,
    readonly line: number,
    readonly column: number,
    what: string,
    startLine: number,
  ) {
    super(
      `element ${element.toLocaleString('en')} (from line ${startLine}) is broken at line ${line}, column ${column}: ${what}`,
    );
  }
  get elementsBefore(): number {
    return this.element - 1;
  }
}

const OBJECT = 123; // {
const ARRAY = 91; // [

/**
 * Streams the elements of a top-level JSON array without holding the whole file. Between strings it
 * follows enough of the JSON grammar (bracket kinds, a key after "{" or ",", a comma after a value, no
 * line break inside a string) to notice at once when an element is cut short and runs into the next, and
 * stops there with a BrokenArrayError; an element whose brackets close but whose content is not JSON is
 * reported as one unreadable record and reading goes on. A file holding one object yields that object.
 */
export async function* jsonArrayElements(chunks: AsyncIterable<string>): AsyncGenerator<OrderRecord> {
  let mode = 'start' as 'start' | 'array' | 'single' | 'done';
  const open: number[] = []; // kinds of the brackets open inside the top-level array
  let inString = false;
  let escaped = false;
  let afterValue = false; // a value just ended: only , : } ] may follow
  let inBare = false; // inside a number or literal
  let expectKey = false; // after "{" or "," in an object
  let line = 1;
  let column = 0;
  let pending = '';
  let pendingLength = 0;
  let element = 0;
  let startLine = 0;
  let trailing = false;
  let endOfLine = 0; // the column of the last line break, for a string cut there
  const broken = (what: string, at = { line, column }) =>
    new BrokenArrayError(element || 1, at.line, at.column, what, startLine || line);
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) {
        line++;
        endOfLine = column + 1;
        column = 0;
      } else column++;
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
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          afterValue = true;
        } else if (c === 10 || c === 13)
          throw broken(
            'a string is not closed before the end of its line',
            c === 10 ? { line: line - 1, column: endOfLine } : { line, column },
          );
        continue;
      }
      if (mode === 'start') {
        if (c === ARRAY) {
          mode = 'array';
          from = i + 1;
        } else if (c === OBJECT) {
          mode = 'single';
          startLine = line;
          from = i;
        } else if (!isSpace(c))
          throw new Error(`line ${line}: an orders file holds a JSON array of orders, or one order object`);
        continue;
      }
      if (inBare) {
        if (isBare(c)) continue;
        inBare = false;
        afterValue = true;
      }
      if (isSpace(c)) continue;
      const top = open.at(-1);
      // A bracket opening where a comma, a closing bracket or a key belongs means the element before was cut
      // short and runs into the next; any other misplaced character stays inside its element (a bad record).
      if ((afterValue || expectKey) && (c === OBJECT || c === ARRAY))
        throw broken(
          `"${String.fromCharCode(c)}" where ${afterValue ? 'a comma or a closing bracket' : 'an object key'} belongs (is the element cut short?)`,
        );
      afterValue = false;
      expectKey = false;
      if (open.length === 0 && startLine === 0 && c !== 44 && c !== 93) {
        startLine = line;
        element++;
      }
      if (c === 34) inString = true;
      else if (c === OBJECT || c === ARRAY) {
        open.push(c);
        expectKey = c === OBJECT;
      } else if (c === 125 || (c === 93 && open.length > 0)) {
        if (top !== (c === 125 ? OBJECT : ARRAY))
          throw broken(`"${String.fromCharCode(c)}" closes a bracket never opened`);
        open.pop();
        afterValue = true;
      } else if (c === 44 && top === OBJECT) expectKey = true;
      else if (open.length === 0 && (c === 44 || c === 93)) {
        const text = (pending + chunk.slice(from, i)).trim();
        pending = '';
        pendingLength = 0;
        from = i + 1;
        if (text !== '') yield parseRecord(text, startLine);
        else if (c === 44) yield { line, error: `line ${line}: empty element (a stray comma)` };
        startLine = 0;
        if (c === 93) mode = 'done';
      } else if (isBare(c)) inBare = true;
    }
    if (mode === 'array' || mode === 'single') {
      pending += chunk.slice(from);
      pendingLength += chunk.length - from;
      if (pendingLength > RECORD_LIMIT_BYTES)
        throw broken(
          `it is longer than the ${RECORD_LIMIT_BYTES / 1024 / 1024} MiB limit for one order (is it closed?)`,
        );
    }
  }
  if (mode === 'single') yield parseRecord(pending.trim(), startLine);
  else if (mode === 'array' && (open.length > 0 || inString))
    throw broken('the file ends inside it (was the file cut short?)');
  else if (mode === 'array') {
    const text = pending.trim();
    if (text !== '') yield parseRecord(text, startLine);
    yield { line, error: `line ${line}: the file ends before the array is closed with "]"` };
  }
}

/** Characters of numbers and the literals true, false, null. */
function isBare(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 43 || c === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}
