/** A JSONLogic expression as parsed from untrusted JSON; nothing about its shape is assumed. */
export type LogicExpression = unknown;

/** A compiled expression: evaluates against the facts (any JSON-like value) and never mutates them. */
export type CompiledLogic = (data: unknown) => unknown;

/**
 * A JSON path inside an expression, exactly as written: object keys (operator names) and array
 * indexes. `{"and": [a, {">=": [x, 1]}]}` puts `x` at `["and", 1, ">=", 0]`; a single argument
 * written without brackets (`{"!": x}`) sits at `["!"]`.
 */
export type LogicPath = (string | number)[];
