import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { JSON_LIMITS } from './safe-json';

export interface JsonTextError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ParsedJsonText =
  | { readonly ok: true; readonly value: unknown; readonly lineOf: (path: readonly (string | number)[]) => number | undefined }
  | { readonly ok: false; readonly error: JsonTextError };

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: '":" is expected',
  CommaExpected: '"," is expected',
  CloseBraceExpected: '"}" is expected',
  CloseBracketExpected: '"]" is expected',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character',
};

/**
 * Parses JSON text strictly (no comments, no trailing commas) and keeps a way to find the line
 * of any JSON path, so problems found later can point at the line people see in their editor.
 */
export function parseJsonText(text: string): ParsedJsonText {
  if (text.length > JSON_LIMITS.maxTextLength) {
    return { ok: false, error: { message: `the text is longer than the limit of ${JSON_LIMITS.maxTextLength} characters`, line: 1, column: 1 } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const word = first ? (ERROR_WORDS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : 'not valid JSON';
    return { ok: false, error: { message: `not valid JSON: ${word}`, ...positionOf(text, offset) } };
  }
  let tree: Node | undefined;
  const lineOf = (path: readonly (string | number)[]) => {
    tree ??= parseTree(text, [], { disallowComments: true });
    if (!tree) return undefined;
    // Walk up the path until a node exists (a missing field points at its parent object).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
      if (node) return positionOf(text, node.parent?.type === 'property' ? node.parent.offset : node.offset).line;
    }
    return undefined;
  };
  return { ok: true, value, lineOf };
}
