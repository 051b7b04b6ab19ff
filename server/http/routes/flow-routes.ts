import { z } from 'zod';
import type { Role } from '../../auth/roles';
import type { ServiceDeps } from '../../services/deps';
import {
  approvePublish,
  draftView,
  publishDraft,
  republish,
  requestView,
  saveDraft,
  versionView,
} from '../../services/publishing';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import {
  draftSchema,
  errorSchema,
  flowIdParams,
  publishAnswerSchema,
  publishRequestSchema,
  versionSchema,
} from '../schemas';

export const READERS: readonly Role[] = ['viewer', 'editor', 'approver', 'publisher'];

const noteSchema = z.strictObject({
  note: z.string().trim().min(1).max(2000).describe('Why this is published (required)'),
});
const versionParams = flowIdParams.extend({ version: z.coerce.number().int().min(1) });
const draftBody = z.strictObject({
  flow: z.record(z.string(), z.unknown()).describe('The flow document (orderflow/flow); may be invalid while a draft'),
  cases: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe('Its test cases (orderflow/cases), run at publish'),
  requiredApprovals: z
    .number()
    .int()
    .min(0)
    .max(10)
    .optional()
    .describe('Four-eyes: approvals from others needed to publish'),
});
const failed = { description: 'Validation or a test case failed; every problem listed', schema: errorSchema };

async function liveOf(deps: ServiceDeps, flowId: string): Promise<number | null> {
  return (await deps.store.live(flowId))?.version ?? null;
}

export function flowRoutes(deps: ServiceDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/flows',
      tag: 'flows',
      roles: READERS,
      summary: 'Every flow: draft, live version',
      responses: { 200: { description: 'Flows', schema: z.object({ flows: z.array(draftSchema) }) } },
      handler: async () => {
        const flows = await deps.store.listFlows();
        return ok({ flows: await Promise.all(flows.map(async (f) => draftView(f, await liveOf(deps, f.id)))) });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/flows/:flowId',
      tag: 'flows',
      roles: READERS,
      params: flowIdParams,
      summary: "A flow's draft and live version",
      responses: {
        200: { description: 'The draft', schema: draftSchema },
        404: { description: 'No such flow', schema: errorSchema },
      },
      handler: async ({ params }) => {
        const flow = await deps.store.flow(params.flowId);
        if (!flow) throw new HttpError(404, 'not-found', `there is no flow "${params.flowId}"`);
        return ok(draftView(flow, await liveOf(deps, flow.id)));
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/flows/:flowId',
      tag: 'flows',
      roles: ['editor'],
      idempotent: true,
      params: flowIdParams,
      body: draftBody,
      summary: "Save a flow's draft (creates the flow)",
      responses: {
        200: { description: 'Saved', schema: draftSchema },
        201: { description: 'Created', schema: draftSchema },
      },
      handler: async ({ principal, params, body }) => saveDraft(deps, principal, params.flowId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/flows/:flowId/versions',
      tag: 'flows',
      roles: READERS,
      params: flowIdParams,
      summary: 'Published versions, oldest first',
      responses: { 200: { description: 'Versions', schema: z.object({ versions: z.array(versionSchema) }) } },
      handler: async ({ params }) => {
        const live = await liveOf(deps, params.flowId);
        return ok({ versions: (await deps.store.listVersions(params.flowId)).map((v) => versionView(v, live)) });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/flows/:flowId/versions/:version',
      tag: 'flows',
      roles: READERS,
      params: versionParams,
      summary: 'One published version with its flow document and test cases (immutable)',
      responses: {
        200: { description: 'The version', schema: versionSchema.extend({ flow: z.unknown(), cases: z.unknown() }) },
        404: { description: 'No such version', schema: errorSchema },
      },
      handler: async ({ params }) => {
        const v = await deps.store.version(params.flowId, params.version);
        if (!v) throw new HttpError(404, 'not-found', `flow "${params.flowId}" has no version ${params.version}`);
        return ok({
          ...versionView(v, await liveOf(deps, v.flowId)),
          flow: JSON.parse(v.flowJson),
          cases: v.casesJson === null ? null : JSON.parse(v.casesJson),
        });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/flows/:flowId/publish',
      tag: 'flows',
      roles: ['publisher'],
      idempotent: true,
      params: flowIdParams,
      body: noteSchema,
      summary: 'Publish the draft: validation and every test case must pass; with four-eyes, opens a publish request',
      responses: {
        201: { description: 'Live', schema: publishAnswerSchema },
        202: { description: 'Waiting for approvals', schema: publishAnswerSchema },
        422: failed,
      },
      handler: async ({ principal, params, body }) => publishDraft(deps, principal, params.flowId, body.note),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/flows/:flowId/versions/:version/publish',
      tag: 'flows',
      roles: ['publisher'],
      idempotent: true,
      params: versionParams,
      body: noteSchema,
      summary: 'Roll back: make an older version live again (same checks and approvals as a publish)',
      responses: {
        201: { description: 'Live', schema: publishAnswerSchema },
        202: { description: 'Waiting for approvals', schema: publishAnswerSchema },
        422: failed,
      },
      handler: async ({ principal, params, body }) =>
        republish(deps, principal, params.flowId, params.version, body.note),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/publish-requests',
      tag: 'flows',
      roles: READERS,
      query: z.object({ flowId: z.string().optional() }),
      summary: 'Four-eyes publish requests, newest first',
      responses: { 200: { description: 'Requests', schema: z.object({ requests: z.array(publishRequestSchema) }) } },
      handler: async ({ query }) =>
        ok({ requests: (await deps.store.listPublishRequests(query.flowId)).map(requestView) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/publish-requests/:requestId/approve',
      tag: 'flows',
      roles: ['publisher'],
      idempotent: true,
      params: z.object({ requestId: z.string().min(1).max(64) }),
      summary: "Approve a publish request (not the author's own); the last approval publishes",
      responses: {
        200: { description: 'Approval counted', schema: publishAnswerSchema },
        201: { description: 'Published', schema: publishAnswerSchema },
        403: { description: 'Own request', schema: errorSchema },
      },
      handler: async ({ principal, params }) => approvePublish(deps, principal, params.requestId),
    }),
  ];
}
