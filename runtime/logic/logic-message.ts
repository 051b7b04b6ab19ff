/**
 * What JSONLogic checking and compiling report, as codes and data, never as words: the validator and the
 * run loop word them in the reader's language (runtime/engine/problem-words.ts, `wordLogic`). So the
 * compiler depends on no message table.
 */
import type { LocalText } from '../i18n/locale';
import type { FieldShape } from '../order/facts';
import type { Arity, RefusedOperator } from './operators';

/** Why a `var` path reads nothing: what the part it stopped at is. */
export type UnknownFieldReason =
  | { readonly kind: 'object'; readonly guess: string | undefined }
  /** `prefix`: the path up to the part that has no such field; null when it is the data itself. */
  | { readonly kind: 'array'; readonly prefix: string | null }
  | { readonly kind: 'strings'; readonly prefix: string | null }
  | { readonly kind: 'leaf'; readonly prefix: string | null; readonly shape: FieldShape['kind'] };

/** Each message and the data it carries. */
export interface LogicMessageArgs {
  logicTooManyNodes: [limit: number];
  /** `type`: what `typeof` says of a value JSON cannot hold (function, symbol, bigint). */
  logicNotJson: [type: string];
  logicTooDeep: [limit: number];
  /** `shown`: the first keys, quoted; `count`: how many keys there are. */
  operationKeys: [shown: readonly string[], count: number];
  forbiddenOperator: [op: string];
  refusedOperator: [op: RefusedOperator];
  /** `quoted`: the operator as JSON, cut short. */
  unknownOperator: [quoted: string, guess: string | undefined];
  arity: [op: string, arity: Arity, found: number];
  forbiddenVarSegment: [segment: string, path: string];
  /** A `var` whose path is itself computed: which field it reads is unknown until the run. */
  computedVarPath: [];
  /** A `var` of the whole data at the top: it holds what the flow itself writes. */
  wholeDataVar: [];
  /** Arithmetic gave NaN or ±Infinity while running; `expression`: the operation as JSON, cut short. */
  notFinite: [result: string, expression: string];
  /** One evaluation needed more work than `maxWork`. */
  overBudget: [limit: number];
  /** `scope`: the label of the data the path is read from ("Order", "Line item"). */
  unknownField: [path: string, scope: LocalText, reason: UnknownFieldReason];
  moneyField: [path: string, verb: 'compare' | 'use'];
  /** `amount`: the money amount path compared with a number; `currency`: the path that would pin it. */
  unpinnedMoney: [amount: string, currency: string];
}

export type LogicMessageKey = keyof LogicMessageArgs;

/** One message: its key and its data. */
export type LogicMessage = {
  readonly [K in LogicMessageKey]: { readonly key: K; readonly args: LogicMessageArgs[K] };
}[LogicMessageKey];

export const logicMessage = <K extends LogicMessageKey>(key: K, ...args: LogicMessageArgs[K]): LogicMessage =>
  ({ key, args }) as LogicMessage;

/** A short, language-free rendering for developers (an Error's own message): `notFinite("NaN", "{…}")`. */
export const logicMessageText = (message: LogicMessage): string =>
  `${message.key}(${message.args.map((arg) => JSON.stringify(arg) ?? String(arg)).join(', ')})`;
