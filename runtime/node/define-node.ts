import type { z } from 'zod';
import type { RunContext } from '../context/context.schema';
import type { Order } from '../order/order.schema';
import type { Outcome } from '../order/outcome';
import type { Facts } from '../order/facts';
import type { CompiledLogic, LogicExpression } from '../logic/logic';
import type { Locale, LocalText } from '../i18n/locale';

/**
 * A problem a node finds in its own (schema-valid) config beyond what its zod schema can say: two
 * decision-table rows that overlap, inputs no row covers. `path` is relative to the config.
 */
export interface NodeIssue {
  readonly code: 'invalid-config' | 'table-overlap' | 'table-gap';
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  readonly message: string;
}

// Kept for modules written before the i18n types had their own module (runtime/i18n/locale.ts).
export type { Locale, LocalText } from '../i18n/locale';

export type NodeCategory = 'trigger' | 'logic' | 'promotion' | 'review' | 'fulfilment' | 'action' | 'custom';

export interface PortSpec {
  readonly id: string;
  readonly label: LocalText;
  /** A required port must be connected for the flow to be valid (e.g. both branches of a condition). */
  readonly required?: boolean;
}

/** Tools a node's `prepare` uses to turn its config into something fast to run. */
export interface PrepareTools {
  /** Compiles JSONLogic once; throws a LogicError naming the limit or operator on bad input. */
  readonly logic: (expression: LogicExpression) => CompiledLogic;
}

export interface NodeRunInput<Prepared> {
  readonly nodeId: string;
  readonly order: Order;
  /** What conditions see: the order's fields plus totals, tags and attributes so far. */
  readonly facts: Facts;
  readonly outcome: Readonly<Outcome>;
  readonly config: Prepared;
  readonly ctx: RunContext;
  /** The decision already known for a waiting node (approval, QC): a port id. */
  readonly decision?: string;
  /** The language of the words a node writes (notes, explanations, reasons it makes up itself). */
  readonly locale: Locale;
  /** True when the host performs API calls (call nodes wait); false in simulation (they use their example). */
  readonly liveCalls?: boolean;
}

/** Built with `takePort`, `fixedResult` or `waitFor` (runtime/node/result.ts), so its shape is always right. */
export type { NodeResult } from './result';
import type { NodeResult } from './result';

/** Config as stored in the flow file. */
export type ConfigOf<S extends z.ZodType> = z.output<S>;

/**
 * One definition per node type serves the runtime (schema, ports, run) and the editor (palette,
 * form, port labels, summary). Everything here is pure: no I/O, no clock, no DOM.
 */
export interface NodeDefinition<S extends z.ZodType = z.ZodType, Prepared = z.output<S>> {
  readonly type: string;
  readonly version: number;
  readonly category: NodeCategory;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly config: S;
  /** False only for the trigger: nothing may connect into it. */
  readonly hasInput: boolean;
  /** Output ports; switch-like nodes derive them from their config. */
  readonly outputs: (config: z.output<S>) => readonly PortSpec[];
  /**
   * JSONLogic expressions in the config and where they sit, so validation can check them. `currency`: the node
   * only evaluates the expression for orders in that currency (so money amounts in it need no currency pin).
   */
  readonly logic: (config: z.output<S>) => readonly {
    readonly path: readonly (string | number)[];
    readonly expression: unknown;
    readonly currency?: string;
  }[];
  /**
   * Paths (inside the config) of money amounts that name no currency, so they would mean different money in every
   * order currency; validation warns on each (`money-currency-unpinned`).
   */
  readonly unpinnedMoney: (config: z.output<S>) => readonly (readonly (string | number)[])[];
  /** Turns a valid config into what `run` needs (compiled conditions, lookup tables). Runs once per compile. */
  readonly prepare: (config: z.output<S>, tools: PrepareTools) => Prepared;
  readonly run: (input: NodeRunInput<Prepared>) => NodeResult;
  /**
   * For a node that only picks a port from the facts and changes nothing (condition, switch): the
   * index, in `outputs(config)`, of the port `run` would take. Untraced runs call this instead of
   * `run` and skip the result object. Must agree with `run` (run.property.test.ts checks the core
   * nodes both ways over every example flow).
   */
  readonly choose?: (facts: Facts, prepared: Prepared) => number;
  /**
   * Declares that `choose` gives the index of the first of `logic(config)`'s expressions that is
   * truthy, or their count when none is (condition, switch): a built flow module (runtime/aot) then
   * tests the expressions itself, as plain code. aot.property.test.ts checks it against `choose`.
   */
  readonly choosesFirstTrue?: boolean;
  /**
   * Declares that `run` stores `storedJson` of `expression`'s value in the order attribute `field` and
   * takes its only port, with no note (set-field): a built flow module (runtime/aot) then computes the
   * value as plain code and sets the attribute itself. aot.property.test.ts checks it against `run`.
   */
  readonly setsAttribute?: (config: z.output<S>) => { readonly field: string; readonly expression: unknown };
  /**
   * The result `run` gives for every input when this config makes it constant (an end; a trigger that
   * takes every order), else undefined: a built flow module then applies it without calling `run`.
   * aot.property.test.ts checks it against `run`.
   */
  readonly constantResult?: (prepared: Prepared) => NodeResult | undefined;
  /**
   * Declares that `run` and `choose` read the facts' attributes only by evaluating `logic(config)`'s
   * expressions: a built flow module (runtime/aot) then skips refreshing them after a set-field when no
   * later node's expressions can read them. aot.property.test.ts runs such flows against the interpreter.
   */
  readonly attributesOnlyThroughLogic?: boolean;
  /** A one-line, human summary of the config for the canvas ("10% off when VIP"). */
  readonly summary: (config: z.output<S>, locale: Locale) => string;
  /** Upgrades a config written for an older `version`: key = the version it upgrades from. */
  readonly migrations: Readonly<Record<number, (config: Record<string, unknown>) => Record<string, unknown>>>;
  /** Checks across the whole config that a schema cannot express; validation reports them with the node. */
  readonly check: (config: z.output<S>, locale: Locale) => readonly NodeIssue[];
}

/** What a node author writes; anything optional gets a sensible default. */
export interface NodeSpec<S extends z.ZodType, Prepared> {
  readonly type: string;
  readonly version?: number;
  readonly category: NodeCategory;
  readonly title: LocalText;
  readonly description: LocalText;
  readonly config: S;
  readonly hasInput?: boolean;
  readonly outputs: readonly PortSpec[] | ((config: z.output<S>) => readonly PortSpec[]);
  readonly logic?: NodeDefinition<S, Prepared>['logic'];
  readonly unpinnedMoney?: NodeDefinition<S, Prepared>['unpinnedMoney'];
  readonly prepare?: (config: z.output<S>, tools: PrepareTools) => Prepared;
  readonly run: (input: NodeRunInput<Prepared>) => NodeResult;
  readonly choose?: NodeDefinition<S, Prepared>['choose'];
  readonly choosesFirstTrue?: boolean;
  readonly setsAttribute?: NodeDefinition<S, Prepared>['setsAttribute'];
  readonly constantResult?: NodeDefinition<S, Prepared>['constantResult'];
  readonly attributesOnlyThroughLogic?: boolean;
  readonly summary?: NodeDefinition<S, Prepared>['summary'];
  readonly migrations?: NodeDefinition<S, Prepared>['migrations'];
  readonly check?: NodeDefinition<S, Prepared>['check'];
}

export function defineNode<S extends z.ZodType, Prepared = z.output<S>>(
  spec: NodeSpec<S, Prepared>,
): NodeDefinition<S, Prepared> {
  const outputs = spec.outputs;
  return Object.freeze({
    type: spec.type,
    version: spec.version ?? 1,
    category: spec.category,
    title: spec.title,
    description: spec.description,
    config: spec.config,
    hasInput: spec.hasInput ?? true,
    outputs: typeof outputs === 'function' ? outputs : () => outputs,
    logic: spec.logic ?? (() => []),
    unpinnedMoney: spec.unpinnedMoney ?? (() => []),
    prepare: spec.prepare ?? ((config: z.output<S>) => config as unknown as Prepared),
    run: spec.run,
    ...(spec.choose ? { choose: spec.choose } : {}),
    ...(spec.choose && spec.choosesFirstTrue === true ? { choosesFirstTrue: true } : {}),
    ...(spec.setsAttribute ? { setsAttribute: spec.setsAttribute } : {}),
    ...(spec.constantResult ? { constantResult: spec.constantResult } : {}),
    ...(spec.attributesOnlyThroughLogic === true ? { attributesOnlyThroughLogic: true } : {}),
    summary: spec.summary ?? ((_config: z.output<S>, locale: Locale) => spec.title[locale]),
    migrations: spec.migrations ?? {},
    check: spec.check ?? (() => []),
  });
}

/** A node definition with its generics erased, as registries hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNodeDefinition = NodeDefinition<z.ZodType, any>;
