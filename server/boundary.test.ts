import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/** server/ is the top layer: it may use runtime/, nodes/ and channels/; nothing imports it (bin/ loads it by path). */
describe('the server layer', () => {
  it('is imported by no other folder', () => {
    const offenders = ['runtime', 'nodes', 'channels', 'cli', 'editor', 'examples', 'bench']
      .flatMap((folder) => sourceFiles(join(root, folder)))
      .filter((file) => /from\s+['"][./]*(\.\.\/)*server\/|import\(\s*['"][./]*server\//.test(code(file)))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('imports nothing from the editor, the CLI or the bench', () => {
    const offenders = sourceFiles(join(root, 'server'))
      .filter((file) => !file.endsWith('boundary.test.ts'))
      .filter((file) => /from\s+['"](\.\.\/)+(editor|cli|bench)\//.test(code(file)))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
