/** Request and answer schemas shared by the routes and the OpenAPI document. */
import { z } from 'zod';
import { ROLES } from '../auth/roles';

export const problemSchema = z.object({ path: z.string(), message: z.string() });
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      problems: z.array(problemSchema).optional(),
      errorId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });

const iso = z.string().describe('ISO 8601 instant');
const json = z.unknown();

export const waitingSchema = z
  .object({
    waitId: z.string(),
    nodeId: z.string(),
    kind: z.enum(['approval', 'qc', 'api-call']),
    role: z.string(),
    reason: z.string(),
    ports: z.array(z.string()).describe("Decisions the node takes (timed_out is the timer's)"),
    dueAt: iso.nullable(),
  })
  .meta({ id: 'Waiting' });

export const runSummarySchema = z
  .object({
    runId: z.string(),
    flowId: z.string(),
    flowVersion: z.number().int(),
    contentHash: z.string(),
    version: z.number().int().describe('compare-and-set counter'),
    status: z.enum(['completed', 'waiting', 'rejected', 'failed']),
    decision: z.string().nullable(),
    outcome: json,
    totals: json,
    waiting: waitingSchema.nullable(),
    problems: z.array(json).optional(),
    error: json.optional(),
  })
  .meta({ id: 'RunSummary' });

export const intakeOrderSchema = z
  .object({
    intakeId: z.string(),
    orderId: z.string().nullable(),
    status: z.enum(['accepted', 'rejected', 'duplicate']),
    runs: z.array(runSummarySchema),
    problems: z.array(problemSchema).optional(),
  })
  .meta({ id: 'IntakeOrder' });

export const batchIntakeSchema = z.object({ orders: z.array(intakeOrderSchema) }).meta({ id: 'BatchIntake' });

export const channelIntakeSchema = z
  .object({
    channel: z.string(),
    orders: z.array(intakeOrderSchema),
    events: z
      .number()
      .int()
      .describe(
        "Fulfilment events read from the payload by the channel's mapping and stored (repeats are stored once)",
      ),
  })
  .meta({ id: 'ChannelIntake' });

export const decisionBodySchema = z.strictObject({
  decision: z
    .string()
    .min(1)
    .max(64)
    .describe('A port of the waiting node: approved | rejected (approval), pass | fail (QC)'),
  comment: z.string().max(2000).optional().describe('Required to reject or fail'),
});

export const draftSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    flow: json,
    cases: json,
    draftHash: z.string(),
    requiredApprovals: z.number().int(),
    liveVersion: z.number().int().nullable(),
    updatedBy: z.string(),
    updatedAt: iso,
  })
  .meta({ id: 'Draft' });

export const versionSchema = z
  .object({
    flowId: z.string(),
    version: z.number().int(),
    contentHash: z.string(),
    live: z.boolean(),
    author: z.string(),
    publishedBy: z.string(),
    publishedAt: iso,
    note: z.string(),
  })
  .meta({ id: 'Version' });

export const publishRequestSchema = z
  .object({
    id: z.string(),
    flowId: z.string(),
    contentHash: z.string(),
    note: z.string(),
    author: z.string(),
    requiredApprovals: z.number().int(),
    approvals: z.array(z.string()),
    status: z.enum(['pending', 'published', 'refused']),
    version: z.number().int().nullable(),
    createdAt: iso,
  })
  .meta({ id: 'PublishRequest' });

export const publishAnswerSchema = z
  .object({
    published: z.boolean(),
    version: versionSchema.optional(),
    request: publishRequestSchema.optional(),
    casesRun: z.number().int().optional(),
  })
  .meta({ id: 'PublishAnswer' });

export const roleListSchema = z.array(z.enum(ROLES));
export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    roles: roleListSchema,
    approvalRoles: z.array(z.string()),
    disabled: z.boolean(),
    createdAt: iso,
    updatedAt: iso,
  })
  .meta({ id: 'User' });
export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: roleListSchema,
    approvalRoles: z.array(z.string()),
    createdBy: z.string(),
    createdAt: iso,
    revokedAt: iso.nullable(),
  })
  .meta({ id: 'ApiToken' });

export const inboxItemSchema = z
  .object({
    waitId: z.string(),
    runId: z.string(),
    runVersion: z.number().int(),
    flowId: z.string(),
    flowVersion: z.number().int(),
    orderId: z.string(),
    channel: z.string(),
    kind: z.enum(['approval', 'qc']),
    nodeId: z.string(),
    role: z.string(),
    reason: z.string(),
    decisions: z.array(z.string()),
    createdAt: iso,
    dueAt: iso.nullable(),
    priority: z.boolean().describe('Raised by the remote-region aging guard: listed first'),
    order: json,
    path: z.array(json).describe('The trace so far, as in simulation'),
  })
  .meta({ id: 'InboxItem' });

export const runDetailSchema = runSummarySchema
  .extend({
    intakeId: z.string(),
    orderId: z.string(),
    channel: z.string(),
    decisions: z.record(z.string(), z.string()),
    createdBy: z.string(),
    createdAt: iso,
    updatedAt: iso,
    order: json.describe('The canonical order the run decided on (a channel record normalized again by its mapping)'),
    received: z.string().nullable().describe('The body exactly as received (for a channel webhook, its raw record)'),
    trace: z.array(json),
    waits: z.array(json),
  })
  .meta({ id: 'RunDetail' });

export const flowIdParams = z.object({ flowId: z.string().min(1).max(64) });
