import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const FORBIDDEN_IMPORT =
  /from\s+['"](react|react-dom|@xyflow\/react|reactflow|zustand|dexie|monaco-editor|@monaco-editor\/react)(\/[^'"]*)?['"]|from\s+['"][./]*\/?editor\//;
const DOM_GLOBALS = /\b(window|document|localStorage|navigator)\./;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The runtime runs in Node and in a Web Worker: it must never depend on React, the DOM or the editor. */
describe('the runtime/editor boundary', () => {
  for (const folder of ['runtime', 'nodes']) {
    it(`${folder}/ imports nothing from React, the DOM or editor/`, () => {
      const offenders = sourceFiles(join(root, folder))
        .filter((file) => !file.endsWith('boundary.test.ts'))
        .filter((file) => {
          // Comments may mention the DOM; only code counts.
          const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
          return FORBIDDEN_IMPORT.test(text) || DOM_GLOBALS.test(text) || file.endsWith('.tsx');
        })
        .map((file) => relative(root, file));
      expect(offenders).toEqual([]);
    });

    it(`${folder}/ code uses no Node built-ins (the browser and workers run it too)`, () => {
      // Tests, their support files and the schema-writing script run in Node only.
      const offenders = sourceFiles(join(root, folder))
        .filter((file) => !/\.test\.ts$|test-support\.ts$|write-json-schema\.ts$/.test(file))
        .filter((file) => /from\s+['"]node:/.test(readFileSync(file, 'utf8')))
        .map((file) => relative(root, file));
      expect(offenders).toEqual([]);
    });
  }
});
