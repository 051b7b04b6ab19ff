import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { VALIDATION_WORDS } from '../engine/problem-words';
import type { JsonSyntaxCode } from '../engine/validation-words';
import type { Locale } from '../i18n/locale';
import { JSON_LIMITS } from './safe-json';

export interface JsonTextError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ParsedJsonText =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
    }
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

/**
 * Parses JSON text strictly (no comments, no trailing commas; a leading UTF-8 BOM is dropped) and keeps a way to find the line
 * of any JSON path, so problems found later can point at the line people see in their editor.
 * `locale`: the language of the error message.
 */
export function parseJsonText(raw: string, locale: Locale = 'en'): ParsedJsonText {
  const words = VALIDATION_WORDS[locale];
  // Editors on Windows start files with a byte order mark; the CLI's file reader drops it too.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length > JSON_LIMITS.maxTextLength) {
    return { ok: false, error: { message: words.textTooLong(JSON_LIMITS.maxTextLength), line: 1, column: 1 } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : undefined;
    const word =
      code === undefined
        ? words.unparsable()
        : Object.hasOwn(words.syntax, code)
          ? words.syntax[code as JsonSyntaxCode]
          : code;
    return { ok: false, error: { message: words.notJson(word), ...positionOf(text, offset) } };
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
