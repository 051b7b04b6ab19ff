import type { Flow } from '../flow/flow.schema';
import { compileLogic } from '../logic/logic';
import { flowContentHash } from './flow-hash';
import type { AnyNodeDefinition, PrepareTools } from '../node/define-node';
import type { NodeRegistry } from '../node/registry';
import type { Problem } from './problem';
import { errorMessage, VALIDATION_WORDS } from './problem-words';
import { validateFlow, type ValidateOptions } from './validate';
import type { TraceStep } from './types';

/** A node ready to run: its definition, prepared config and where each port leads. */
export interface PlanNode {
  readonly id: string;
  readonly type: string;
  readonly definition: AnyNodeDefinition;
  readonly prepared: unknown;
  /** Port id → next node; a port missing here ends the path. */
  readonly next: Readonly<Record<string, PlanNode>>;
  readonly ports: ReadonlySet<string>;
  /** The untraced step for each port (and "" for null), built once: runs without `trace` share them. */
  readonly steps: Readonly<Record<string, TraceStep>>;
  /** `definition.run`, one load closer for the run loop. */
  readonly run: AnyNodeDefinition['run'];
  /**
   * Each declared port with its untraced step and next node, in declaration order: the run loop finds
   * the port taken with a few `===` instead of a Set and two dictionary lookups per step.
   */
  readonly exits: readonly PortExit[];
  /** `definition.choose` for nodes that only pick a port (see NodeDefinition.choose); `exits` are in the same order. */
  readonly choose: AnyNodeDefinition['choose'];
}

/** A declared port of a node: where it leads (undefined ends the path) and its shared untraced step. */
export interface PortExit {
  readonly port: string;
  readonly step: TraceStep;
  readonly next: PlanNode | undefined;
}

/** A validated flow turned into linked nodes once, so running an order only follows pointers. */
export interface Plan {
  readonly flowId: string;
  readonly flowName: string;
  /** FNV-1a of the whole document: tells versions apart in the editor's saved runs. */
  readonly fingerprint: string;
  /** SHA-256 of what the flow does (flowContentHash): a waiting run resumes only on the same content. */
  readonly contentHash: string;
  readonly flow: Flow;
  readonly start: PlanNode;
  readonly nodes: ReadonlyMap<string, PlanNode>;
}

export type CompileResult =
  | { readonly ok: true; readonly plan: Plan; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const DEFAULT_TOOLS: PrepareTools = { logic: (expression) => compileLogic(expression) };

export interface CompileOptions extends ValidateOptions {
  /**
   * How the nodes' JSONLogic is compiled (default compileLogic): a built flow module (runtime/aot)
   * hands in its plain-code functions, each giving exactly what compileLogic's closure gives.
   */
  readonly tools?: PrepareTools;
}

/** Validates and compiles a flow (text or parsed JSON). A flow with errors never compiles. `locale` words the problems. */
export function compileFlow(input: unknown, registry: NodeRegistry, options: CompileOptions = {}): CompileResult {
  const tools = options.tools ?? DEFAULT_TOOLS;
  const words = VALIDATION_WORDS[options.locale ?? 'en'];
  const { flow, problems } = validateFlow(input, registry, options);
  if (!flow) return { ok: false, problems };
  type Building = { -readonly [K in keyof PlanNode]: PlanNode[K] } & {
    next: Record<string, PlanNode>;
    exits: { port: string; step: TraceStep; next: PlanNode | undefined }[];
  };
  const planNodes = new Map<string, Building>();
  for (const node of flow.nodes) {
    const definition = registry.get(node.type)!;
    let prepared: unknown;
    try {
      prepared = definition.prepare(node.config, tools);
    } catch (error) {
      const message = errorMessage(error, words);
      return {
        ok: false,
        problems: [
          ...problems,
          {
            code: 'invalid-config',
            severity: 'error',
            message: words.cannotPrepare(node.id, message),
            path: ['nodes', flow.nodes.indexOf(node), 'config'],
            nodeId: node.id,
          },
        ],
      };
    }
    const ports = new Set(definition.outputs(node.config).map((p) => p.id));
    // A null-prototype map: a port named like an Object.prototype member must not resolve to it.
    const steps = Object.create(null) as Record<string, TraceStep>;
    for (const port of [...ports, null]) steps[port ?? ''] = Object.freeze({ nodeId: node.id, type: node.type, port });
    const exits = [...ports].map((port) => ({ port, step: steps[port]!, next: undefined }));
    planNodes.set(node.id, {
      id: node.id,
      type: node.type,
      definition,
      prepared,
      next: Object.create(null) as Record<string, PlanNode>,
      ports,
      steps,
      run: definition.run,
      exits,
      choose: definition.choose,
    });
  }
  for (const edge of flow.edges) planNodes.get(edge.source)!.next[edge.sourcePort] = planNodes.get(edge.target)!;
  for (const node of planNodes.values()) for (const exit of node.exits) exit.next = node.next[exit.port];
  const start = [...planNodes.values()].find((n) => !n.definition.hasInput);
  if (!start)
    return {
      ok: false,
      problems: [{ code: 'no-trigger', severity: 'error', message: words.noStart(), path: ['nodes'] }],
    };
  return {
    ok: true,
    plan: {
      flowId: flow.id,
      flowName: flow.name,
      fingerprint: fingerprint(JSON.stringify(flow)),
      contentHash: flowContentHash(flow),
      flow,
      start,
      nodes: planNodes,
    },
    warnings: problems,
  };
}

/** FNV-1a over the flow's JSON: enough to tell a resumed state it belongs to a different flow. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
