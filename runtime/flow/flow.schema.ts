import { z } from 'zod';
import { schemaMessage } from '../node/schema-message';

export const FLOW_FORMAT = 'orderflow/flow';
export const FLOW_FORMAT_VERSION = 1;

/** Ids are used as object keys and DOM ids: keep them short, printable and safe. */
export const flowIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/,
    schemaMessage({
      en: 'letters, digits, "_", ".", ":" or "-", starting with a letter or digit, at most 64 characters',
      zh: '只能包含字母、数字、"_"、"."、":" 或 "-"，须以字母或数字开头，最多 64 个字符',
    }),
  )
  .refine(
    (id) => id !== '__proto__' && id !== 'constructor' && id !== 'prototype',
    schemaMessage({ en: 'a reserved word', zh: '这是保留字，不能使用' }),
  );

export const positionSchema = z.strictObject({
  x: z.number().min(-1e7).max(1e7),
  y: z.number().min(-1e7).max(1e7),
});

export const flowNodeSchema = z.strictObject({
  id: flowIdSchema,
  type: z.string().regex(
    /^[a-z][a-z0-9-]{0,47}(\/[a-z][a-z0-9-]{0,47})?$/,
    schemaMessage({
      en: 'a node type such as "discount" or "acme/loyalty-points"',
      zh: '应为节点类型，例如 "discount" 或 "acme/loyalty-points"',
    }),
  ),
  /** Version of the node type this config was written for; older ones are migrated on load. */
  typeVersion: z.number().int().min(1).default(1),
  /** A label people give this step, e.g. "VIP 10% off". */
  name: z.string().max(120).optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  position: positionSchema.default({ x: 0, y: 0 }),
});

export const flowEdgeSchema = z.strictObject({
  id: flowIdSchema,
  source: flowIdSchema,
  sourcePort: z.string().min(1).max(64),
  target: flowIdSchema,
});

/** A flow document, format version 1. Node configs are checked against each node type's own schema. */
export const flowSchema = z.strictObject({
  format: z.literal(FLOW_FORMAT),
  formatVersion: z.literal(FLOW_FORMAT_VERSION),
  id: flowIdSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(4000).default(''),
  nodes: z.array(flowNodeSchema).max(5000),
  edges: z.array(flowEdgeSchema).max(20000),
});

export type Flow = z.output<typeof flowSchema>;
export type FlowInput = z.input<typeof flowSchema>;
export type FlowNode = z.output<typeof flowNodeSchema>;
export type FlowEdge = z.output<typeof flowEdgeSchema>;
