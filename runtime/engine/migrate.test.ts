import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../flow/flow.schema';
import { defineNode, type AnyNodeDefinition } from '../node/define-node';
import { fixedResult } from '../node/result';
import { migrateNodeConfig } from './migrate';

/** A node type at version 3 whose config gained `b` in version 2 and renamed `a` to `amount` in version 3. */
const v3 = defineNode({
  type: 'sample',
  version: 3,
  category: 'action',
  title: { en: 'Sample', zh: '示例' },
  description: { en: 'Sample', zh: '示例' },
  config: z.object({ amount: z.number(), b: z.boolean() }),
  outputs: [],
  run: () => fixedResult(null),
  summary: () => '',
  migrations: {
    1: (config) => ({ ...config, b: false }),
    2: ({ a, ...rest }) => ({ ...rest, amount: a }),
  },
});

const written = (typeVersion: number, config: Record<string, unknown>): FlowNode => ({
  id: 'n1',
  type: 'sample',
  typeVersion,
  config,
  position: { x: 0, y: 0 },
});

describe('node config migrations', () => {
  it('run every step from the version written to the installed one, in order', () => {
    expect(migrateNodeConfig(written(1, { a: 5 }), v3)).toEqual({ ok: true, config: { amount: 5, b: false } });
    expect(migrateNodeConfig(written(2, { a: 5, b: true }), v3)).toEqual({ ok: true, config: { amount: 5, b: true } });
  });

  it('leave a config of the installed version as it is', () => {
    const config = { amount: 1, b: true };
    expect(migrateNodeConfig(written(3, config), v3)).toEqual({ ok: true, config });
  });

  it('refuse a config written for a newer version than the one installed, naming node and versions', () => {
    const result = migrateNodeConfig(written(4, {}), v3);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/n1.*sample.*4.*3|n1[\s\S]*4[\s\S]*3/);
  });

  it('refuse a gap in the chain, in the reader’s language', () => {
    const gap: AnyNodeDefinition = { ...(v3 as AnyNodeDefinition), migrations: { 2: v3.migrations[2]! } };
    expect(migrateNodeConfig(written(1, { a: 5 }), gap)).toEqual({
      ok: false,
      message: 'no migration for sample from version 1 to 2',
    });
    expect(migrateNodeConfig(written(1, { a: 5 }), gap, 'zh')).toEqual({
      ok: false,
      message: '缺少 sample 从第 1 版升级到第 2 版的迁移',
    });
  });
});
