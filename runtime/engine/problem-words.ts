import type { z } from 'zod';
import type { Arity, RefusedOperator } from '../logic/operators';
import type { LocalText } from '../node/define-node';
import type { Words } from '../node/words';
import type { FieldShape } from '../order/facts';
import { EN } from './problem-words.en';
import { ZH } from './problem-words.zh';

/*
 * Everything flow validation writes for people, in every language the product speaks: JSON text and
 * hostile JSON, the flow's own checks (ids, node types, edges, ports, cycles, reachability), config
 * and order schemas (zod), JSONLogic in conditions. Ids, paths, port ids, operator names and field
 * paths come in as they are written and stay so in every language. The interfaces are here; the
 * English table is problem-words.en.ts, the Chinese problem-words.zh.ts (zod's own messages: zod-issues.zh.ts).
 */

/** What jsonc-parser reports for text that is not JSON (`printParseErrorCode`). */
export type JsonSyntaxCode =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

/** JSON text (runtime/json/json-text.ts) and untrusted JSON values (runtime/json/safe-json.ts). */
export interface JsonWords {
  readonly textTooLong: (limit: number) => string;
  /** `reason`: one of `syntax`, or `unparsable()` when the parser names nothing. */
  readonly notJson: (reason: string) => string;
  readonly syntax: Readonly<Record<JsonSyntaxCode, string>>;
  readonly unparsable: () => string;
  readonly tooManyValues: (limit: number) => string;
  readonly tooDeep: (limit: number) => string;
  readonly forbiddenKey: (key: string) => string;
}

/** Why a `var` path reads nothing: what the part it stopped at is. */
export type UnknownFieldReason =
  | { readonly kind: 'object'; readonly guess: string | undefined }
  /** `prefix`: the path up to the part that has no such field; null when it is the data itself. */
  | { readonly kind: 'array'; readonly prefix: string | null }
  | { readonly kind: 'strings'; readonly prefix: string | null }
  | { readonly kind: 'leaf'; readonly prefix: string | null; readonly shape: FieldShape['kind'] };

/** JSONLogic (runtime/logic/parse.ts, check-vars.ts). */
export interface LogicWords {
  readonly logicTooManyNodes: (limit: number) => string;
  /** `type`: what `typeof` says of a value JSON cannot hold (function, symbol, bigint). */
  readonly logicNotJson: (type: string) => string;
  readonly logicTooDeep: (limit: number) => string;
  /** `shown`: the first keys, quoted; `count`: how many keys there are. */
  readonly operationKeys: (shown: readonly string[], count: number) => string;
  readonly forbiddenOperator: (op: string) => string;
  readonly refusedOperator: (op: RefusedOperator) => string;
  /** `quoted`: the operator as JSON, cut short. */
  readonly unknownOperator: (quoted: string, guess: string | undefined) => string;
  readonly arity: (op: string, arity: Arity, found: number) => string;
  readonly forbiddenVarSegment: (segment: string, path: string) => string;
  /** A `var` whose path is itself computed: which field it reads is unknown until the run. */
  readonly computedVarPath: () => string;
  /** A `var` of the whole data at the top: it holds what the flow itself writes. */
  readonly wholeDataVar: () => string;
  /** Arithmetic gave NaN or ±Infinity while running; `expression`: the operation as JSON, cut short. */
  readonly notFinite: (result: string, expression: string) => string;
  /** `scope`: the label of the data the path is read from ("Order", "Line item"). */
  readonly unknownField: (path: string, scope: LocalText, reason: UnknownFieldReason) => string;
  readonly moneyField: (path: string, verb: 'compare' | 'use') => string;
  /** `amount`: the money amount path compared with a number; `currency`: the path that would pin it. */
  readonly unpinnedMoney: (amount: string, currency: string) => string;
}

/** The flow itself (validate.ts, graph-checks.ts, migrate.ts, compile.ts). */
export interface FlowWords {
  readonly notObject: () => string;
  readonly unsupportedFormat: (format: string, version: number, foundFormat: unknown, foundVersion: unknown) => string;
  readonly duplicateNodeId: (id: string) => string;
  readonly duplicateEdgeId: (id: string) => string;
  readonly unknownNodeType: (type: string, known: readonly string[]) => string;
  /** `field`: a money amount in a node's config (e.g. "amount", "tiers"), given with no currency. */
  readonly configMoneyUnpinned: (field: string) => string;
  readonly newerTypeVersion: (nodeId: string, type: string, written: number, installed: number) => string;
  readonly noMigration: (type: string, from: number) => string;
  readonly noTrigger: () => string;
  readonly multipleTriggers: (nodeId: string) => string;
  readonly edgeMissingNode: (edgeId: string, end: 'source' | 'target', nodeId: string) => string;
  readonly unknownPort: (nodeId: string, port: string, ports: readonly string[]) => string;
  readonly edgeIntoTrigger: (edgeId: string, triggerId: string) => string;
  /** `label`: the port's label, when the port is one the node has. */
  readonly portTaken: (port: string, label: LocalText | undefined, source: string, earlier: string) => string;
  readonly requiredPort: (nodeId: string, label: LocalText) => string;
  readonly cycle: (loop: readonly string[]) => string;
  readonly unreachable: (nodeId: string) => string;
  readonly cannotPrepare: (nodeId: string, message: string) => string;
  /** A config key the node type does not have; `nearest`: the valid key it is closest to. */
  readonly unknownConfigKey: (key: string, nearest: string | undefined, valid: readonly string[]) => string;
  /** Checks that could not run on broken parts: `graph` (some nodes or edges unreadable) or `all` (hostile JSON). */
  readonly checksSkipped: (what: 'graph' | 'all') => string;
  /** compileFlow found no start (validation already reports it in full). */
  readonly noStart: () => string;
}

/** What a schema checked, named when a problem is about the value as a whole. */
export type SchemaSubject = 'flow' | 'config' | 'order' | 'value';

/** Zod schemas (zod-problems.ts): node configs, the flow document, orders. */
export interface SchemaWords {
  /** "percent: …": `field` is the path in the checked value, or a `subject`. */
  readonly fieldProblem: (field: string, message: string) => string;
  readonly subject: (what: SchemaSubject) => string;
  /** A required field that is not there; `expected` is zod's type name ("string", "number", …). */
  readonly missing: (expected: string) => string;
  /** Zod's own messages (but a missing field, see `missing`), as a per-parse error map; undefined keeps zod's (English) message. */
  readonly schemaIssue: (issue: z.core.$ZodRawIssue) => string | undefined;
  /** A message a schema wrote itself with `schemaMessage` (runtime/node/schema-message.ts). */
  readonly customMessage: (message: string) => string;
}

export interface ValidationWords extends JsonWords, LogicWords, FlowWords, SchemaWords {}

/** Every message validation writes, per locale. */
export const VALIDATION_WORDS: Words<ValidationWords> = { en: EN, zh: ZH };
