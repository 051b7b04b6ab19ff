/**
 * JSONLogic truthiness (jsonlogic.com/truthy), as json-logic-js: JavaScript's, except that an
 * empty array is false. So `0`, `""`, `null`, `NaN` and `[]` are false; `"0"` and `{}` are true.
 */
export function truthy(value: unknown): boolean {
  // Booleans first: most conditions feed comparison results straight in.
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length !== 0;
  return !!value;
}
