import { countEn } from '../i18n/plural';
import type { Arity, ArityHint, RefusedOperator } from '../logic/operators';
import type { FieldShape } from '../order/facts';
import type { ValidationWords } from './validation-words';

/* What flow validation writes, in English (the interfaces and the whole table: problem-words.ts). */

const EN_ARITY_HINTS: Readonly<Record<ArityHint, string>> = {
  'path-default': 'a field path and an optional default',
  'count-paths': 'a minimum count and a list of field paths',
  between: 'two values, or three for "between"',
  'value-list': 'a value and a list or text to look in',
  'text-start-length': 'a text, a start and an optional length',
  'list-expression': 'a list and an expression per item',
  'list-condition': 'a list and a condition per item',
  'list-expression-initial': 'a list, an expression per item and an optional initial value',
};

/** "2 arguments (a list and a condition per item)" */
function enArity(arity: Arity): string {
  const count =
    arity.min === arity.max
      ? countEn(arity.min, 'argument', 'arguments')
      : arity.max === Infinity
        ? `at least ${countEn(arity.min, 'argument', 'arguments')}`
        : `${arity.min} to ${arity.max} arguments`;
  return arity.hint ? `${count} (${EN_ARITY_HINTS[arity.hint]})` : count;
}

const EN_KINDS: Readonly<Record<FieldShape['kind'], string>> = {
  string: 'a text',
  number: 'a number',
  money: 'an amount in minor units',
  boolean: 'a yes/no value',
  datetime: 'a date-time text',
  strings: 'a list of texts',
  array: 'a list',
  object: 'a group of fields',
  record: 'a free-form record',
};

const EN_REFUSED: Readonly<Record<RefusedOperator, string>> = {
  log: 'it prints whole records to the console',
  method: 'it calls methods on the data',
};

export const EN: ValidationWords = {
  textTooLong: (limit) => `the text is longer than the limit of ${limit} characters`,
  notJson: (reason) => `not valid JSON: ${reason}`,
  syntax: {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: '":" is expected',
    CommaExpected: '"," is expected',
    CloseBraceExpected: '"}" is expected',
    CloseBracketExpected: '"]" is expected',
    EndOfFileExpected: 'text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unfinished comment',
    UnexpectedEndOfString: 'unfinished string',
    UnexpectedEndOfNumber: 'unfinished number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character',
  },
  unparsable: () => 'not valid JSON',
  tooManyValues: (limit) => `the document has more than the limit of ${limit} values`,
  tooDeep: (limit) => `the document nests deeper than the limit of ${limit} levels`,
  forbiddenKey: (key) => `the key "${key}" is not allowed (it could change how objects behave)`,

  logicTooManyNodes: (limit) => `expression has more nodes than the limit of ${limit} (maxNodes)`,
  logicNotJson: (type) => `a ${type} is not a JSON value`,
  logicTooDeep: (limit) => `expression nests deeper than the limit of ${limit} levels (maxDepth)`,
  operationKeys: (shown, count) =>
    `an operation object must have exactly one key; ${count === 0 ? 'found none (an empty object)' : `found ${count}: ${shown.join(', ')}${count > shown.length ? ', …' : ''}`}`,
  forbiddenOperator: (op) => `"${op}" is not allowed as an operator name`,
  refusedOperator: (op) => `unsupported operator "${op}": ${EN_REFUSED[op]}`,
  unknownOperator: (quoted, guess) => `unknown operator ${quoted}${guess ? `; did you mean "${guess}"?` : ''}`,
  arity: (op, arity, found) => `"${op}" takes ${enArity(arity)}; found ${found}`,
  forbiddenVarSegment: (segment, path) => `"${segment}" is not allowed in a var path ("${path}")`,
  computedVarPath: () =>
    'a var path must be written out (e.g. "customer.tier"); a path computed while the order runs could read any field',
  wholeDataVar: () =>
    'a var must name a field (e.g. "customer.tier"): {"var": ""} reads the whole order record, which holds what the flow itself writes',
  overBudget: (limit) =>
    `evaluation needs more work than the limit of ${limit} steps (maxWork): too many array items or characters to process`,
  notFinite: (result, expression) =>
    `arithmetic gave ${result} in ${expression} (a division by zero or a value that is not a number); a rule must give a finite number`,
  unknownField: (path, scope, reason) => {
    const name = scope.en.toLowerCase();
    const where = `${path} is not a field of the ${name}`;
    if (reason.kind === 'object') return reason.guess ? `${where}; did you mean ${reason.guess}?` : where;
    const prefix = reason.prefix ?? `the ${name}`;
    if (reason.kind === 'array')
      return `${where}: ${prefix} is a list; read its items with some, all, none, filter or map`;
    if (reason.kind === 'strings') return `${where}: ${prefix} is a list of texts; test it with "in"`;
    return `${where}: ${prefix} is ${EN_KINDS[reason.shape]} and has no fields`;
  },
  moneyField: (path, verb) => `${path} is money: ${verb} ${path}.amount (minor units)`,
  unpinnedMoney: (amount, currency) =>
    `${amount} is compared with a number but no currency is pinned, so it holds for orders in any currency ` +
    `(50000 is ¥500 in CNY, $500 in USD, ¥50,000 in JPY): add {"==": [{"var": "${currency}"}, "CNY"]} beside it in an "and", ` +
    `or set the node's currency`,

  notObject: () => 'a flow must be a JSON object',
  unsupportedFormat: (format, version, foundFormat, foundVersion) =>
    `expected "format": "${format}" with "formatVersion": ${version}; found ${JSON.stringify(foundFormat)} version ${JSON.stringify(foundVersion)}`,
  duplicateNodeId: (id) => `node id "${id}" is used twice`,
  duplicateEdgeId: (id) => `edge id "${id}" is used twice`,
  unknownNodeType: (type, known) => `unknown node type "${type}" (known: ${known.join(', ')})`,
  configMoneyUnpinned: (field) =>
    `${field} is money but the node names no currency, so it applies in every currency (50000 is ¥500 for a CNY ` +
    `order and $500 for a USD one): set "currency"`,
  newerTypeVersion: (nodeId, type, written, installed) =>
    `node ${nodeId} was written for ${type} version ${written}, newer than this installation's version ${installed}`,
  noMigration: (type, from) => `no migration for ${type} from version ${from} to ${from + 1}`,
  noTrigger: () => 'the flow has no trigger: add an "Order received" node where it starts',
  multipleTriggers: (nodeId) => `a flow has one trigger; "${nodeId}" is a second one`,
  edgeMissingNode: (edgeId, end, nodeId) =>
    `edge ${edgeId} ${end === 'source' ? 'starts at' : 'points to'} node "${nodeId}", which does not exist`,
  unknownPort: (nodeId, port, ports) =>
    `node ${nodeId} has no output port "${port}" (its ports: ${ports.join(', ') || 'none'})`,
  edgeIntoTrigger: (edgeId, triggerId) =>
    `edge ${edgeId} leads into the trigger ${triggerId}; nothing may connect into a trigger`,
  portTaken: (port, _label, source, earlier) =>
    `port "${port}" of ${source} already leads to ${earlier}; each port leads to one next step`,
  requiredPort: (nodeId, label) => `output "${label.en}" of ${nodeId} must lead somewhere`,
  cycle: (loop) => `the flow loops back: ${loop.join(' → ')}; flows must not contain cycles`,
  unreachable: (nodeId) => `${nodeId} cannot be reached from the trigger, so it never runs`,
  cannotPrepare: (nodeId, message) => `cannot prepare ${nodeId}: ${message}`,
  unknownConfigKey: (key, nearest, valid) =>
    nearest === undefined
      ? `"${key}" is not a setting of this step (settings: ${valid.join(', ')})`
      : `"${key}" is not a setting of this step; did you mean "${nearest}"?`,
  checksSkipped: (what) =>
    what === 'graph'
      ? 'links, ports, loops and reachability were not checked: some nodes or edges could not be read (see the problems above)'
      : 'nodes, settings, links and rules were not checked: the document is too large, too deep or has forbidden keys',
  noStart: () => 'the flow has no trigger',

  fieldProblem: (field, message) => `${field}: ${message}`,
  // The flow document has always been "value" in English.
  subject: (what) => (what === 'flow' ? 'value' : what),
  missing: (expected) => `missing (expected ${expected})`,
  schemaIssue: () => undefined,
  customMessage: (message) => message,
};
