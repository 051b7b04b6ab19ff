/**
 * JSON paths as the channels layer writes them (`$.data.orders[0]["payment.amount"]`, see
 * channels/json/parse-payload.ts formatJsonPath) back into segments, to find their line in a file.
 * Pure (no Node API): the editor uses it for Monaco markers too.
 */

/** `$.a.b[0]["x.y"]` → ['a', 'b', 0, 'x.y']; undefined for text that is not such a path (`@items:$…`). */
export function parseJsonPath(text: string): (string | number)[] | undefined {
  if (!text.startsWith('$')) return undefined;
  const segments: (string | number)[] = [];
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      const match = /^[^.[\]]+/.exec(text.slice(i + 1));
      if (!match) return undefined;
      segments.push(match[0]);
      i += 1 + match[0].length;
    } else if (c === '[') {
      const rest = text.slice(i + 1);
      const index = /^(\d+)\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        i += 1 + index[0].length;
        continue;
      }
      const quoted = /^("(?:[^"\\]|\\.)*")\]/.exec(rest);
      if (!quoted) return undefined;
      try {
        segments.push(JSON.parse(quoted[1]!) as string);
      } catch {
        return undefined;
      }
      i += 1 + quoted[0].length;
    } else {
      return undefined;
    }
  }
  return segments;
}
