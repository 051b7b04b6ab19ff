export { RuleBuilder, type RuleBuilderProps } from './RuleBuilder';
export { toLogic } from './to-logic';
export { toRules } from './to-rules';
export type { RuleNode, RuleGroup, FieldRule, ArrayRule } from './rule-tree';
export { ORDER_FIELDS, findField, type Field } from './fields';
