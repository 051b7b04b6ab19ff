import type { z } from 'zod';
import { isPlainObject } from '../json/json';
import { closestName } from '../logic/suggest';

/** A key in a config that its schema does not have, where it is, and the valid keys around it. */
export interface UnknownKey {
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly valid: readonly string[];
  readonly nearest: string | undefined;
}

type Def = {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly catchall?: z.ZodType;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly valueType?: z.ZodType;
  readonly getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every key of `value` that `schema` does not declare, at any depth. Zod's plain `z.object` drops
 * such keys silently, so a typo ("expresion") would run the default instead; this finds them for
 * any node type, strict or not, with the nearest valid key. Objects that accept any key
 * (`z.looseObject`, records) and unions that no option fits are left alone.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownKey[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? unknownKeys(def.innerType, value, path) : [];
    case 'pipe':
      return def.in ? unknownKeys(def.in, value, path) : [];
    case 'lazy':
      return def.getter ? unknownKeys(def.getter(), value, path) : [];
    case 'array':
      return Array.isArray(value) && def.element
        ? value.flatMap((item, i) => unknownKeys(def.element!, item, [...path, i]))
        : [];
    case 'record':
      return isPlainObject(value) && def.valueType
        ? Object.keys(value).flatMap((key) => unknownKeys(def.valueType!, value[key], [...path, key]))
        : [];
    case 'union': {
      // The option that fits best: fewest unknown keys (a discriminated union's own option has none).
      let best: UnknownKey[] | undefined;
      for (const option of def.options ?? []) {
        const found = unknownKeys(option, value, path);
        if (best === undefined || found.length < best.length) best = found;
      }
      return best ?? [];
    }
    case 'object':
      return objectKeys(def, value, path);
    default:
      return [];
  }
}

function objectKeys(def: Def, value: unknown, path: (string | number)[]): UnknownKey[] {
  if (!isPlainObject(value) || !def.shape) return [];
  const shape = def.shape;
  const valid = Object.keys(shape);
  // A catchall other than `never` (strictObject) accepts any key on purpose.
  const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
  const found: UnknownKey[] = [];
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(shape, key)) found.push(...unknownKeys(shape[key]!, value[key], [...path, key]));
    else if (!open) found.push({ path: [...path, key], key, valid, nearest: closestName(key, valid) });
  }
  return found;
}
