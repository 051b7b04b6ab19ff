import { useState } from 'react';

/**
 * Text an input shows while its value lives in the parent. The text only follows the value when
 * the value changed for another reason than this text (so "12." is not rewritten to "12.00" while
 * someone is still typing), and unparseable text is kept on screen but never committed.
 */
export function useCommittedText<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string) => T | undefined,
  equal: (a: T, b: T) => boolean,
) {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (!equal(seen, value)) {
    setSeen(value);
    const mine = parse(text);
    if (mine === undefined || !equal(mine, value)) setText(format(value));
  }
  const valid = parse(text) !== undefined;
  const change = (next: string, commit: (value: T) => void) => {
    setText(next);
    const parsed = parse(next);
    if (parsed !== undefined) {
      setSeen(parsed);
      commit(parsed);
    }
  };
  return { text, valid, change };
}
