import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
/** Node-only corners: file reading helpers, the bench and tests. Everything else must run in a browser. */
const NODE_ONLY = /^(node\/|bench\.ts$)|\.test\.ts$/;
const FORBIDDEN_IMPORT =
  /from\s+['"](node:[^'"]+|fs|path|os|crypto|react|react-dom|zustand|dexie|monaco-editor|@monaco-editor\/react|@xyflow\/react)(\/[^'"]*)?['"]|from\s+['"][./]*\/?editor\//;
const DOM_OR_NODE_GLOBALS = /\b(window|document|localStorage|navigator|process|Buffer|require)\b[.(]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the channels/ core is pure', () => {
  it('imports no Node API, DOM, React or editor code outside channels/node/, the bench and tests', () => {
    const offenders = sourceFiles(root)
      .filter((file) => !NODE_ONLY.test(relative(root, file)))
      .filter((file) => {
        const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        return FORBIDDEN_IMPORT.test(text) || DOM_OR_NODE_GLOBALS.test(text) || file.endsWith('.tsx');
      })
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
