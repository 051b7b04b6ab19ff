import type { z } from 'zod';
import type { LogicMessageArgs, LogicMessageKey } from '../logic/logic-message';
import type { LocalText } from '../i18n/locale';

/*
 * Everything flow validation writes for people, in every language the product speaks: JSON text and
 * hostile JSON, the flow's own checks (ids, node types, edges, ports, cycles, reachability), config
 * and order schemas (zod), JSONLogic in conditions (reported by runtime/logic as codes and data, worded by the tables). Ids, paths, port ids, operator names and field
 * paths come in as they are written and stay so in every language. The interfaces are here (apart
 * from the tables, which import them: no cycle); the tables are problem-words.en.ts and problem-words.zh.ts
 * (zod's own messages: zod-issues.zh.ts), put together in problem-words.ts.
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

/** JSONLogic (runtime/logic): one wording per message the checker and the compiler report (logic-message.ts). */
export type LogicWords = {
  readonly [K in LogicMessageKey]: (...args: LogicMessageArgs[K]) => string;
};

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
