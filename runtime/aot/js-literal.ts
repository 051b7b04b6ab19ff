/**
 * The ONE way a value from a flow enters a built module's source text: as a JavaScript literal of
 * JSON data, never as code. Every id, label, JSONLogic constant, path segment and config value goes
 * through here; the emitter concatenates only its own fixed code around what this returns.
 *
 * - Strings: JSON.stringify (quotes, backslashes, control characters escaped), then `<`, `>` and
 *   `/` as \u escapes (no `</script>`, `<!--` or `*\/` can close anything the text sits in), and
 *   U+2028 / U+2029 as \u escapes (line terminators in older JavaScript and some tools).
 * - Object keys are always quoted strings; a `__proto__` key is written as a computed key
 *   (`["__proto__"]: …`), which defines an own property instead of setting the prototype.
 * - Only JSON data is accepted: a function, symbol, bigint, undefined inside a container, a
 *   non-finite number or a non-plain object throws (the emitter never needs them).
 */
export function jsLiteral(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return jsString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`jsLiteral: ${String(value)} is not JSON data`);
      // -0 survives as -0 (JSON.stringify would write 0).
      return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    case 'undefined':
      return 'undefined';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(item)}]`;
      return objectLiteral(value);
    default:
      throw new TypeError(`jsLiteral: a ${typeof value} is not JSON data`);
  }
}

/** An array item or property value: `undefined` is refused inside containers (JSON has none). */
function item(value: unknown): string {
  if (value === undefined) throw new TypeError('jsLiteral: undefined inside an array or object is not JSON data');
  return jsLiteral(value);
}

function objectLiteral(value: object): string {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new TypeError('jsLiteral: only plain objects are JSON data');
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    const property = (value as Record<string, unknown>)[key];
    if (property === undefined) continue; // as JSON.stringify: an absent value
    const name = key === '__proto__' ? `[${jsString(key)}]` : jsString(key);
    parts.push(`${name}:${item(property)}`);
  }
  return `{${parts.join(',')}}`;
}

const UNSAFE = /[<>/\u2028\u2029]/g;

function jsString(text: string): string {
  return JSON.stringify(text).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
