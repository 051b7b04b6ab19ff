import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const repo = join(root, '..');
/** Tests read the data files; everything else must run in a browser Web Worker as well as in Node. */
const NODE_ONLY = /\.test\.ts$/;
const FORBIDDEN_IMPORT =
  /from\s+['"](node:[^'"]+|fs|path|os|crypto|react|react-dom|zustand|dexie|monaco-editor|@monaco-editor\/react|@xyflow\/react)(\/[^'"]*)?['"]|from\s+['"](\.\.\/)+(editor|cli|bench|channels)\//;
const DOM_OR_NODE_GLOBALS = /\b(window|document|localStorage|navigator|process|Buffer|require)\b[.(]/;
/** Time comes from the data or the context, randomness from nowhere: same input, same forecast. */
const CLOCK_OR_CHANCE = /\bDate\.now\(|new Date\(\)|Math\.random\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'data') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the forecast/ layer', () => {
  it('is pure: no Node API, DOM, React, clock or chance outside tests; imports runtime/ and nodes/ only', () => {
    const offenders = sourceFiles(root)
      .filter((file) => !NODE_ONLY.test(relative(root, file)))
      .filter(
        (file) =>
          FORBIDDEN_IMPORT.test(code(file)) ||
          DOM_OR_NODE_GLOBALS.test(code(file)) ||
          CLOCK_OR_CHANCE.test(code(file)) ||
          file.endsWith('.tsx'),
      )
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('is imported by no lower layer (runtime/, nodes/, channels/)', () => {
    const offenders = ['runtime', 'nodes', 'channels']
      .flatMap((dir) => sourceFiles(join(repo, dir)))
      .filter((file) => /from\s+['"](\.\.\/)+forecast\//.test(code(file)))
      .map((file) => relative(repo, file));
    expect(offenders).toEqual([]);
  });
});
