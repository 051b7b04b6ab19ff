import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const repo = join(root, '..');
const FORBIDDEN_IMPORT =
  /from\s+['"](node:[^'"]+|fs|path|os|crypto|react|react-dom|zustand|dexie|@xyflow\/react)(\/[^'"]*)?['"]|from\s+['"](\.\.\/)+(editor|cli|bench|forecast|server)\//;
/** Time comes from the events and the injected `now`, never the wall clock. */
const CLOCK_OR_CHANCE = /\bDate\.now\(|new Date\(\)|Math\.random\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'data' || name === 'fixtures') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the health/ layer', () => {
  it('is pure: no Node API, UI, clock or chance outside tests; imports runtime/, nodes/, channels/ only', () => {
    const offenders = sourceFiles(root)
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) => FORBIDDEN_IMPORT.test(code(file)) || CLOCK_OR_CHANCE.test(code(file)) || file.endsWith('.tsx'))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('is imported by no lower or sibling layer (runtime/, nodes/, channels/, forecast/)', () => {
    const offenders = ['runtime', 'nodes', 'channels', 'forecast']
      .flatMap((dir) => sourceFiles(join(repo, dir)))
      .filter((file) => /from\s+['"](\.\.\/)+health\//.test(code(file)))
      .map((file) => relative(repo, file));
    expect(offenders).toEqual([]);
  });
});
