/** Placeholder contract: the safe JSONLogic compiler is being written here (see runtime/logic/). */
export type LogicExpression = unknown;
export type CompiledLogic = (data: unknown) => unknown;
