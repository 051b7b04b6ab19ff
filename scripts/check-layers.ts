/**
 * Checks source files against the layer table (scripts/layers.ts). Imports are read with TypeScript's
 * own `preProcessFile` (static, dynamic and type-only imports, re-exports), so comments and strings never
 * count; purity (no DOM or Node globals, no clock, no chance) is read from the syntax tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { LAYERS, TEST_FILE, type Folder, type LayerRule } from './layers';

export interface Violation {
  /** Path from the repository root, with the 1-based line. */
  readonly file: string;
  readonly line: number;
  /** The import as written, or the global / call that breaks purity. */
  readonly what: string;
  readonly rule: string;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'storybook-static', 'coverage', '.git', 'data']);

/** Every source file under the folders of the table, as paths from the repository root (POSIX separators). */
export function sourceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      if (SKIPPED_DIRS.has(name)) return [];
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return SOURCE.test(name) && !name.endsWith('.d.ts') ? [relative(root, path).split(sep).join('/')] : [];
    });
  return Object.keys(LAYERS).flatMap((folder) => {
    try {
      return walk(join(root, folder));
    } catch {
      return []; // a folder of the table that this checkout does not have
    }
  });
}

/** Top-level folders that hold source code but have no row in the table. */
export function foldersWithoutRule(root: string): string[] {
  return readdirSync(root)
    .filter((name) => !SKIPPED_DIRS.has(name) && !(name in LAYERS))
    .filter((name) => statSync(join(root, name)).isDirectory())
    .filter((name) => hasSource(join(root, name)));
}

function hasSource(dir: string): boolean {
  return readdirSync(dir).some((name) => {
    if (SKIPPED_DIRS.has(name)) return false;
    const path = join(dir, name);
    return statSync(path).isDirectory() ? hasSource(path) : SOURCE.test(name);
  });
}

/**
 * The runtime's two public entries (scripts/codemods/runtime-entries.ts rewrites other imports to them), and
 * runtime/zod-jitless, which every program's entry imports first (it must run before any schema is built).
 */
const PUBLIC_RUNTIME = /^runtime\/((node\/)?index|zod-jitless)(\.ts)?$/;

const folderOf = (path: string): string => path.split('/')[0]!;
const packageOf = (spec: string): string =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
const list = (folders: readonly string[]) =>
  folders.length ? folders.map((f) => `${f}/`).join(', ') : 'no other folder';

/** The violations of one file, given its text; `file` is its path from the repository root. */
export function fileViolations(file: string, text: string): Violation[] {
  const layer = folderOf(file) as Folder;
  const rule: LayerRule | undefined = LAYERS[layer];
  if (!rule) return [{ file, line: 1, what: `${layer}/`, rule: `${layer}/ has no row in scripts/layers.ts` }];
  const isTest = TEST_FILE.test(file);
  const nodeOnly = isTest || (rule.nodeOnly?.test(file) ?? false);
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const violations: Violation[] = [];

  for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
    const spec = ref.fileName;
    const line = lineAt(ref.pos);
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(dirname(file), spec));
      const to = folderOf(target);
      if (target.startsWith('..') || !target.includes('/')) {
        violations.push({ file, line, what: spec, rule: `${layer}/ may import no file outside the folders` });
        continue;
      }
      if (to === layer) continue;
      if (to === 'runtime' && !PUBLIC_RUNTIME.test(target) && !(isTest && TEST_FILE.test(target))) {
        violations.push({
          file,
          line,
          what: spec,
          rule: 'outside runtime/, import runtime/index (hosts) or runtime/node/index (node authors), not its internals (npm run codemod:entries rewrites such imports)',
        });
        continue;
      }
      const allowed = isTest ? [...rule.imports, ...(rule.testsAlsoImport ?? [])] : [...rule.imports];
      if (rule.viewsImportEditor && file.endsWith('.view.tsx')) allowed.push('editor');
      if (!allowed.includes(to as Folder))
        violations.push({
          file,
          line,
          what: spec,
          rule: `${layer}/${isTest ? ' tests' : ''} may import ${list(allowed)}, not ${to}/ (${rule.why})`,
        });
      continue;
    }
    if (nodeOnly || rule.packages === 'any') continue;
    const builtin = spec.startsWith('node:') || isBuiltin(spec);
    if (rule.packages === 'browser') {
      if (builtin)
        violations.push({ file, line, what: spec, rule: `${layer}/ runs in the browser: no Node built-ins` });
    } else if (builtin || !rule.packages.includes(packageOf(spec))) {
      violations.push({
        file,
        line,
        what: spec,
        rule: `${layer}/ may import the packages ${rule.packages.join(', ')} only${rule.pure ? ' (it runs in browsers and workers too)' : ''}`,
      });
    }
  }
  if (rule.pure && !nodeOnly) {
    for (const found of impurities(file, text))
      violations.push({ file, line: lineAt(found.pos), what: found.what, rule: `${layer}/ is pure: ${found.why}` });
  }
  if (rule.pure && !nodeOnly && file.endsWith('.tsx'))
    violations.push({ file, line: 1, what: file, rule: `${layer}/ is pure: no React components (.tsx)` });
  return violations;
}

/** Globals that exist only in a browser page or only in Node. */
const PLATFORM_GLOBALS = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'process',
  'Buffer',
]);

/** DOM or Node globals, the wall clock and chance, found in the syntax tree (comments and strings do not count). */
function impurities(file: string, text: string): { pos: number; what: string; why: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKind(file));
  const found: { pos: number; what: string; why: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const object = node.expression.text;
      const member = node.name.text;
      if (PLATFORM_GLOBALS.has(object))
        found.push({ pos: node.getStart(source), what: `${object}.${member}`, why: 'no DOM or Node globals' });
      else if ((object === 'Date' && member === 'now') || (object === 'Math' && member === 'random'))
        found.push({
          pos: node.getStart(source),
          what: `${object}.${member}()`,
          why: 'time comes from an injected clock, and nothing from chance',
        });
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      found.push({ pos: node.getStart(source), what: 'require()', why: 'no DOM or Node globals' });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    ) {
      found.push({ pos: node.getStart(source), what: 'new Date()', why: 'time comes from an injected clock' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.m?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Every violation in the repository at `root`. */
export function layerViolations(root: string): Violation[] {
  return sourceFiles(root).flatMap((file) => fileViolations(file, readFileSync(join(root, file), 'utf8')));
}

export const formatViolation = (v: Violation) => `${v.file}:${v.line}: '${v.what}' — ${v.rule}`;
