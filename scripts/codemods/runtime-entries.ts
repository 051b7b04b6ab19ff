/**
 * `npm run codemod:entries`: rewrites every import that reaches into runtime/ internals from outside runtime/ to
 * one of its two public entries — runtime/node/index.ts for node authors (preferred in nodes/ and
 * examples/custom-node/), runtime/index.ts for hosts (preferred everywhere else).
 *
 * It reads the whole program with the TypeScript compiler API, so a name is matched by the symbol it means,
 * not by its spelling (a type re-exported under another path is still found). A name neither entry exports
 * yet is added to the preferred entry (listed in the output, for review). Re-runnable and idempotent: files
 * it has never seen are handled the same way, and a second run changes nothing.
 *
 * Left alone, and listed: default and namespace imports, `export *`, dynamic `import()`, imports of test
 * support (runtime/testing/, *test-support*), and a name that would collide with a different one in the entry.
 *
 * Usage: tsx scripts/codemods/runtime-entries.ts [--check]   (--check: change nothing, exit 1 if anything would change)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNTIME = join(ROOT, 'runtime') + sep;
const HOST_ENTRY = join(ROOT, 'runtime', 'index.ts');
const NODE_ENTRY = join(ROOT, 'runtime', 'node', 'index.ts');
/** Where node authors work: their imports go to the node entry first. */
const NODE_AUTHORS = [join(ROOT, 'nodes') + sep, join(ROOT, 'examples', 'custom-node') + sep];
const TEST_SUPPORT = /[\\/]runtime[\\/]testing[\\/]|test-support/;

interface Binding {
  /** The name the entry exports it under. */
  readonly exported: string;
  /** The name the file uses. */
  readonly local: string;
  readonly typeOnly: boolean;
}

/** One rewritten declaration: the entry it now reads from and its bindings. */
interface Rewrite {
  readonly node: ts.ImportDeclaration | ts.ExportDeclaration;
  readonly entry: string;
  readonly kind: 'import' | 'export';
  /** `import type { … }` as a whole. */
  readonly wholeType: boolean;
  readonly bindings: readonly Binding[];
}

const posix = (path: string) => path.split(sep).join('/');
const shown = (path: string) => posix(relative(ROOT, path));

function loadProgram(): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('cannot read tsconfig.json');
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

/** The entries' exports, by the symbol they mean; grows as names are added. */
class Entries {
  readonly added = new Map<string, Map<string, { name: string; typeOnly: boolean }[]>>();
  private readonly exports = new Map<string, Map<ts.Symbol, string>>();
  private readonly names = new Map<string, Map<string, ts.Symbol>>();

  constructor(
    private readonly checker: ts.TypeChecker,
    program: ts.Program,
  ) {
    for (const entry of [HOST_ENTRY, NODE_ENTRY]) {
      const file = program.getSourceFile(entry);
      const bySymbol = new Map<ts.Symbol, string>();
      const byName = new Map<string, ts.Symbol>();
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
        const real = this.real(symbol);
        if (!bySymbol.has(real)) bySymbol.set(real, symbol.name);
        byName.set(symbol.name, real);
      }
      this.exports.set(entry, bySymbol);
      this.names.set(entry, byName);
    }
  }

  real(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  /** The name `entry` exports `symbol` under, if it does. */
  find(entry: string, symbol: ts.Symbol): string | undefined {
    return this.exports.get(entry)!.get(symbol);
  }

  /** Adds `name` (declared in `module`) to `entry`; false when the entry already exports another thing by that name. */
  add(entry: string, name: string, symbol: ts.Symbol, module: string): boolean {
    const taken = this.names.get(entry)!.get(name);
    if (taken && taken !== symbol) return false;
    this.exports.get(entry)!.set(symbol, name);
    this.names.get(entry)!.set(name, symbol);
    const typeOnly = (symbol.flags & ts.SymbolFlags.Value) === 0;
    const perModule = this.added.get(entry) ?? new Map<string, { name: string; typeOnly: boolean }[]>();
    this.added.set(entry, perModule);
    const list = perModule.get(module) ?? [];
    perModule.set(module, list);
    list.push({ name, typeOnly });
    return true;
  }
}

function moduleFileOf(program: ts.Program, from: ts.SourceFile, specifier: string): string | undefined {
  const resolved = ts.resolveModuleName(specifier, from.fileName, program.getCompilerOptions(), ts.sys);
  return resolved.resolvedModule?.resolvedFileName;
}

function specifierFor(fromFile: string, target: string): string {
  const path = posix(relative(dirname(fromFile), target)).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const program = loadProgram();
  const checker = program.getTypeChecker();
  const entries = new Entries(checker, program);
  const notes: string[] = [];
  const changed = new Map<string, string>();

  for (const file of program.getSourceFiles()) {
    const path = resolve(file.fileName);
    if (file.isDeclarationFile || path.includes(`${sep}node_modules${sep}`) || path.startsWith(RUNTIME)) continue;
    if (!path.startsWith(ROOT + sep)) continue;
    const preferred = NODE_AUTHORS.some((dir) => path.startsWith(dir))
      ? [NODE_ENTRY, HOST_ENTRY]
      : [HOST_ENTRY, NODE_ENTRY];
    const rewrites: Rewrite[] = [];
    const where = (node: ts.Node) =>
      `${shown(path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const target = moduleFileOf(program, file, specifier.text);
      if (!target || !resolve(target).startsWith(RUNTIME)) continue;
      const targetPath = resolve(target);
      const isEntry = targetPath === HOST_ENTRY || targetPath === NODE_ENTRY;
      if (TEST_SUPPORT.test(targetPath)) continue;
      const rewrite = planRewrite(statement, targetPath, isEntry);
      if (typeof rewrite === 'string') {
        if (!isEntry) notes.push(`left ${where(statement)}: ${rewrite}`);
      } else rewrites.push(...rewrite);
    }
    for (const node of file.statements) findDynamicImports(node);
    if (rewrites.some((r) => !isEntryImport(r))) changed.set(path, applyRewrites(file, rewrites));

    function findDynamicImports(node: ts.Node): void {
      if (
        (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) ||
        ts.isImportTypeNode(node)
      ) {
        const arg = ts.isCallExpression(node)
          ? node.arguments[0]
          : ts.isLiteralTypeNode(node.argument)
            ? node.argument.literal
            : undefined;
        if (arg && ts.isStringLiteral(arg)) {
          const target = moduleFileOf(program, file, arg.text);
          const t = target && resolve(target);
          if (t && t.startsWith(RUNTIME) && t !== HOST_ENTRY && t !== NODE_ENTRY && !TEST_SUPPORT.test(t))
            notes.push(`left ${where(node)}: dynamic import of ${shown(t)} (rewrite by hand)`);
        }
      }
      ts.forEachChild(node, findDynamicImports);
    }

    function isEntryImport(rewrite: Rewrite): boolean {
      const target = moduleFileOf(program, file, (rewrite.node.moduleSpecifier as ts.StringLiteral).text);
      return target !== undefined && resolve(target) === rewrite.entry;
    }

    /** The rewrite of one declaration, or why it is left alone; undefined when there is nothing to do. */
    function planRewrite(
      statement: ts.ImportDeclaration | ts.ExportDeclaration,
      target: string,
      isEntry: boolean,
    ): readonly Rewrite[] | string {
      const kind = ts.isImportDeclaration(statement) ? 'import' : 'export';
      let wholeType: boolean;
      let elements: readonly (ts.ImportSpecifier | ts.ExportSpecifier)[];
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        if (!clause) return 'a side-effect import';
        if (clause.name) return 'a default import';
        if (!clause.namedBindings || ts.isNamespaceImport(clause.namedBindings)) return 'a namespace import';
        wholeType = clause.isTypeOnly;
        elements = clause.namedBindings.elements;
      } else {
        if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) return '`export *`';
        wholeType = statement.isTypeOnly;
        elements = statement.exportClause.elements;
      }
      if (isEntry) {
        // Already an entry: kept, but merged with rewritten declarations of the same entry.
        const bindings = elements.map((e) => ({
          exported: (e.propertyName ?? e.name).text,
          local: e.name.text,
          typeOnly: e.isTypeOnly,
        }));
        return [{ node: statement, entry: target, kind, wholeType, bindings }];
      }
      const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier!);
      const moduleExports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
      const byEntry = new Map<string, Binding[]>();
      for (const element of elements) {
        const name = (element.propertyName ?? element.name).text;
        const symbol = moduleExports.find((s) => s.name === name);
        if (!symbol) return `${shown(target)} exports no ${name}`;
        const real = entries.real(symbol);
        let chosen = preferred.find((e) => entries.find(e, real) !== undefined);
        if (!chosen) {
          const home = real.declarations?.[0]?.getSourceFile().fileName;
          const from = home && resolve(home).startsWith(RUNTIME) ? resolve(home) : target;
          if (!entries.add(preferred[0]!, name, real, from))
            return `${name} would collide with another ${name} in ${shown(preferred[0]!)} (rename one)`;
          notes.push(`added ${name} to ${shown(preferred[0]!)} (from ${shown(from)})`);
          chosen = preferred[0]!;
        }
        const binding = {
          exported: entries.find(chosen, real)!,
          local: element.name.text,
          typeOnly: element.isTypeOnly,
        };
        byEntry.set(chosen, [...(byEntry.get(chosen) ?? []), binding]);
      }
      return [...byEntry].map(([entry, bindings]) => ({ node: statement, entry, kind, wholeType, bindings }));
    }
  }

  for (const [entry, perModule] of entries.added) {
    const lines = [...perModule].map(([module, names]) => {
      const spec = specifierFor(entry, module);
      const values = names.filter((n) => !n.typeOnly).map((n) => n.name);
      const types = names.filter((n) => n.typeOnly).map((n) => `type ${n.name}`);
      return `export { ${[...values, ...types].join(', ')} } from '${spec}';`;
    });
    changed.set(entry, `${readFileSync(entry, 'utf8').trimEnd()}\n${lines.join('\n')}\n`);
  }

  for (const note of notes) console.log(note);
  if (check) {
    for (const path of changed.keys()) console.log(`would change ${shown(path)}`);
    return changed.size > 0 ? 1 : 0;
  }
  await writeAll(changed);
  console.log(changed.size === 0 ? 'nothing to change' : `rewrote ${changed.size} files`);
  return 0;
}

/**
 * The file's text with its runtime imports regrouped: one declaration per entry, kind and type-ness, all where
 * the first of them stood (the others are removed; runtime modules have no side effects, so order is free).
 */
function applyRewrites(file: ts.SourceFile, rewrites: readonly Rewrite[]): string {
  const groups = new Map<string, Rewrite[]>();
  for (const rewrite of rewrites) {
    const key = `${rewrite.kind} ${rewrite.wholeType} ${rewrite.entry}`;
    groups.set(key, [...(groups.get(key) ?? []), rewrite]);
  }
  const declarations = [...groups.values()].map((group) => {
    const first = group[0]!;
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const binding of group.flatMap((r) => r.bindings)) {
      if (seen.has(binding.local)) continue;
      seen.add(binding.local);
      const name = binding.exported === binding.local ? binding.local : `${binding.exported} as ${binding.local}`;
      parts.push(`${binding.typeOnly && !first.wholeType ? 'type ' : ''}${name}`);
    }
    const head = `${first.kind}${first.wholeType ? ' type' : ''}`;
    return `${head} { ${parts.join(', ')} } from '${specifierFor(file.fileName, first.entry)}';`;
  });
  const nodes = [...new Set(rewrites.map((r) => r.node))].sort((a, b) => a.getStart(file) - b.getStart(file));
  const edits = nodes.map((node, i) => {
    let end = node.getEnd();
    if (i > 0 && file.text[end] === '\n') end++;
    return { start: node.getStart(file), end, text: i === 0 ? declarations.join('\n') : '' };
  });
  let text = file.text;
  for (const edit of edits.reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

async function writeAll(changed: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of changed) {
    const options = (await prettier.resolveConfig(path)) ?? {};
    writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
  }
}

process.exitCode = await main();
