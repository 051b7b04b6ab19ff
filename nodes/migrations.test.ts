import { describe, expect, it } from 'vitest';
import { coreRegistry } from './index';

describe('core node types', () => {
  it.each(coreRegistry.list().map((definition) => [definition.type, definition] as const))(
    '%s can upgrade a config from every older version',
    (_type, definition) => {
      const missing = Array.from({ length: definition.version - 1 }, (_, i) => i + 1).filter(
        (version) => typeof definition.migrations[version] !== 'function',
      );
      expect(missing).toEqual([]);
    },
  );
});
