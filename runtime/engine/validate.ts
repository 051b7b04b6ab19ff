import { z } from 'zod';
import {
  flowEdgeSchema,
  flowNodeSchema,
  flowSchema,
  FLOW_FORMAT,
  FLOW_FORMAT_VERSION,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from '../flow/flow.schema';
import { checkLogic } from '../logic/logic';
import { isPlainObject } from '../json/json';
import { parseJsonText } from '../json/json-text';
import { inspectJson } from '../json/safe-json';
import type { Locale } from '../i18n/locale';
import type { NodeRegistry } from '../node/registry';
import { FACTS_SHAPE } from '../order/facts';
import { checkGraph, type CheckedNode } from './graph-checks';
import { migrateNodeConfig } from './migrate';
import { unknownKeys } from './unknown-keys';
import type { Problem } from './problem';
import { VALIDATION_WORDS, wordLogic } from './problem-words';
import type { ValidationWords } from './validation-words';
import { zodParseOptions, zodProblems } from './zod-problems';

export interface FlowValidation {
  /** The flow with configs parsed (defaults filled, migrated); null when any error was found. */
  readonly flow: Flow | null;
  /** Every problem found, errors and warnings, in document order. */
  readonly problems: readonly Problem[];
}

export interface ValidateOptions {
  /** The language of the problems' messages (default 'en'); codes, paths and ids are the same in every language. */
  readonly locale?: Locale;
}

/**
 * Checks a flow document, given as JSON text or as a parsed value, and reports every problem at once.
 * A flow with any error must not run; warnings (unreachable nodes, unknown fields) may.
 */
export function validateFlow(input: unknown, registry: NodeRegistry, options: ValidateOptions = {}): FlowValidation {
  const locale = options.locale ?? 'en';
  let value = input;
  let lineOf: ((path: readonly (string | number)[]) => number | undefined) | undefined;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input, locale);
    if (!parsed.ok)
      return fail({
        code: 'not-json',
        severity: 'error',
        message: parsed.error.message,
        path: [],
        line: parsed.error.line,
      });
    value = parsed.value;
    lineOf = parsed.lineOf;
  }
  const problems = validateValue(value, registry, locale);
  const withLines = lineOf ? problems.problems.map((p) => ({ ...p, line: safeLine(lineOf!, p) })) : problems.problems;
  return { flow: problems.flow, problems: withLines };
}

function safeLine(
  lineOf: (path: readonly (string | number)[]) => number | undefined,
  problem: Problem,
): number | undefined {
  if (problem.code === 'too-deep' || problem.code === 'too-large') return undefined;
  try {
    return lineOf(problem.path);
  } catch {
    return undefined;
  }
}

const fail = (problem: Problem): FlowValidation => ({ flow: null, problems: [problem] });

/** The document's own fields; nodes and edges are read one by one, so one broken part hides nothing else. */
const documentSchema = flowSchema.extend({
  format: z.unknown(),
  formatVersion: z.unknown(),
  nodes: z.array(z.unknown()).max(5000),
  edges: z.array(z.unknown()).max(20000),
});

function validateValue(value: unknown, registry: NodeRegistry, locale: Locale): FlowValidation {
  const words = VALIDATION_WORDS[locale];
  if (!isPlainObject(value))
    return fail({ code: 'not-object', severity: 'error', message: words.notObject(), path: [] });
  // Hostile JSON (too large, too deep, prototype keys) is not walked any further.
  const hostile = inspectJson(value, undefined, locale);
  if (hostile.length > 0)
    return {
      flow: null,
      problems: [...hostile.map((issue) => ({ ...issue, severity: 'error' as const })), skipped('all', words)],
    };
  const problems: Problem[] = [];
  if (value.format !== FLOW_FORMAT || value.formatVersion !== FLOW_FORMAT_VERSION)
    problems.push({
      code: 'unsupported-format',
      severity: 'error',
      message: words.unsupportedFormat(FLOW_FORMAT, FLOW_FORMAT_VERSION, value.format, value.formatVersion),
      path: value.format !== FLOW_FORMAT ? ['format'] : ['formatVersion'],
    });
  const top = documentSchema.safeParse(value, zodParseOptions(locale));
  if (!top.success) problems.push(...zodProblems(top.error, [], { what: 'flow', locale }));

  const rawNodes = Array.isArray(value.nodes) ? value.nodes.slice(0, 5000) : [];
  const rawEdges = Array.isArray(value.edges) ? value.edges.slice(0, 20000) : [];
  let unreadable = !Array.isArray(value.nodes) || !Array.isArray(value.edges);
  const checked = new Map<string, CheckedNode>();
  const nodes: FlowNode[] = [];
  const seenIds = new Set<string>();
  rawNodes.forEach((raw, index) => {
    const parsed = flowNodeSchema.safeParse(raw, zodParseOptions(locale));
    if (!parsed.success) {
      unreadable = true;
      problems.push(...zodProblems(parsed.error, ['nodes', index], { what: 'value', locale }));
      return;
    }
    const node = parsed.data;
    if (seenIds.has(node.id)) {
      problems.push({
        code: 'duplicate-id',
        severity: 'error',
        message: words.duplicateNodeId(node.id),
        path: ['nodes', index, 'id'],
        nodeId: node.id,
      });
      return;
    }
    seenIds.add(node.id);
    const result = checkNode(node, index, registry, locale, words);
    problems.push(...result.problems);
    if (result.checked) {
      checked.set(node.id, result.checked);
      nodes.push(result.checked.node);
    } else nodes.push(node);
  });
  const edges: FlowEdge[] = [];
  const edgeIds = new Set<string>();
  rawEdges.forEach((raw, index) => {
    const parsed = flowEdgeSchema.safeParse(raw, zodParseOptions(locale));
    if (!parsed.success) {
      unreadable = true;
      problems.push(...zodProblems(parsed.error, ['edges', index], { what: 'value', locale }));
      return;
    }
    const edge = parsed.data;
    if (edgeIds.has(edge.id))
      problems.push({
        code: 'duplicate-id',
        severity: 'error',
        message: words.duplicateEdgeId(edge.id),
        path: ['edges', index, 'id'],
        edgeId: edge.id,
      });
    edgeIds.add(edge.id);
    edges.push(edge);
  });
  // Links and reachability need every node and edge: on a partial graph they would report ghosts.
  if (unreadable) problems.push(skipped('graph', words));
  else problems.push(...checkGraph(checked, seenIds, edges, words));
  const ordered = problems.sort((a, b) => comparePaths(a.path, b.path));
  const hasError = ordered.some((p) => p.severity === 'error');
  if (hasError || !top.success) return { flow: null, problems: ordered };
  const flow = flowSchema.parse(value);
  return { flow: { ...flow, nodes }, problems: ordered };
}

const skipped = (what: 'graph' | 'all', words: ValidationWords): Problem => ({
  code: 'checks-skipped',
  severity: 'warning',
  message: words.checksSkipped(what),
  path: [],
});

function checkNode(
  node: FlowNode,
  index: number,
  registry: NodeRegistry,
  locale: Locale,
  words: ValidationWords,
): { checked?: CheckedNode; problems: Problem[] } {
  const definition = registry.get(node.type);
  const at = ['nodes', index];
  if (!definition) {
    const known = registry.list().map((d) => d.type);
    return {
      problems: [
        {
          code: 'unknown-node-type',
          severity: 'error',
          message: words.unknownNodeType(node.type, known),
          path: [...at, 'type'],
          nodeId: node.id,
        },
      ],
    };
  }
  const migrated = migrateNodeConfig(node, definition, locale);
  if (!migrated.ok)
    return {
      problems: [
        {
          code: 'invalid-config',
          severity: 'error',
          message: migrated.message,
          path: [...at, 'typeVersion'],
          nodeId: node.id,
        },
      ],
    };
  // Every config is strict: a misspelt key is an error with the key it was probably meant to be.
  const problems: Problem[] = unknownKeys(definition.config, migrated.config).map((unknown) => ({
    code: 'unknown-config-key',
    severity: 'error',
    message: words.unknownConfigKey(unknown.key, unknown.nearest, unknown.valid),
    path: [...at, 'config', ...unknown.path],
    nodeId: node.id,
  }));
  const config = definition.config.safeParse(migrated.config, zodParseOptions(locale));
  if (!config.success) {
    // Strict schemas report unknown keys too; they are reported above, with a suggestion.
    const issues = config.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
    problems.push(
      ...zodProblems({ issues }, [...at, 'config'], {
        code: 'invalid-config',
        nodeId: node.id,
        what: 'config',
        locale,
      }),
    );
    return { problems };
  }
  for (const { path, expression, currency } of definition.logic(config.data)) {
    for (const issue of checkLogic(expression, FACTS_SHAPE, undefined, currency ? { currency } : {})) {
      problems.push({
        code: issue.code,
        severity: issue.severity,
        message: wordLogic(issue.detail, words),
        path: [...at, 'config', ...path, ...issue.path],
        nodeId: node.id,
      });
    }
  }
  for (const path of definition.unpinnedMoney(config.data))
    problems.push({
      code: 'money-currency-unpinned',
      severity: 'warning',
      message: words.configMoneyUnpinned(path.join('.')),
      path: [...at, 'config', ...path],
      nodeId: node.id,
    });
  for (const issue of definition.check(config.data, locale))
    problems.push({ ...issue, path: [...at, 'config', ...issue.path], nodeId: node.id });
  const upgraded: FlowNode = {
    ...node,
    typeVersion: definition.version,
    config: config.data as Record<string, unknown>,
  };
  return { checked: { index, node: upgraded, definition, ports: definition.outputs(config.data) }, problems };
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
