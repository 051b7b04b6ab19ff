import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps';
import { rolloutReasonSchema } from '../../services/rollout-reason';
import { startRolloutSchema } from '../../services/rollout-settings';
import { actOnRollout, rolloutDetail, rolloutView, startRollout, type RolloutAction } from '../../services/rollouts';
import { HttpError } from '../errors';
import { defineRoute, ok, type AnyRoute } from '../route';
import { errorSchema, flowIdParams } from '../schemas';
import { READERS } from './flow-routes';

const rolloutSchema = z
  .object({
    id: z.string(),
    flowId: z.string(),
    candidateVersion: z.number().int(),
    baseVersion: z.number().int(),
    mode: z.enum(['shadow', 'canary', 'ab']),
    state: z.enum(['running', 'paused', 'rolled-back', 'completed']),
    percent: z.number().describe("The candidate's share of customers now"),
    stageIndex: z.number().int(),
    plan: z.array(z.number()),
    stageMinutes: z.number().nullable(),
    stageStartedAt: z.string(),
    metric: z.string(),
    checkEveryOrders: z.number().int(),
    guardrails: z.unknown(),
    note: z.string(),
    reason: z.string().nullable().describe('Why it was rolled back or completed, in English'),
    reasonDetail: rolloutReasonSchema
      .nullable()
      .describe('The same as a code and its data (metric, arms, values, z, tolerance), for any language'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    revision: z.number().int(),
  })
  .meta({ id: 'Rollout' });

const detailSchema = rolloutSchema
  .extend({
    stage: z.unknown().describe("This stage's arms, guardrail checks (z, p, breach) and A/B report"),
    total: z.unknown(),
    capturedEffects: z.number().int().describe('Shadow: candidate effects captured, never executed'),
    differingOrders: z.number().int(),
  })
  .meta({ id: 'RolloutDetail' });

const idParams = z.object({ id: z.string().min(1).max(64) });
const ACTIONS = ['advance', 'pause', 'resume', 'rollback', 'complete'] as const;
const actionBody = z.strictObject({ note: z.string().trim().min(1).max(2000).optional() });

export function rolloutRoutes(deps: ServiceDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/flows/:flowId/rollouts',
      tag: 'rollouts',
      roles: ['publisher'],
      idempotent: true,
      params: flowIdParams,
      body: startRolloutSchema,
      summary:
        'Start a rollout of a candidate version (or the checked draft) against the live one: shadow, canary ramp or A/B',
      responses: {
        201: { description: 'Started', schema: rolloutSchema },
        409: { description: 'No live version, or a rollout of this flow is already active', schema: errorSchema },
        422: { description: "The draft's validation or test cases failed", schema: errorSchema },
      },
      handler: async ({ principal, params, body }) => startRollout(deps, principal, params.flowId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/rollouts',
      tag: 'rollouts',
      roles: READERS,
      query: z.object({
        flowId: z.string().min(1).max(64).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
      summary: 'Rollouts, newest first',
      responses: { 200: { description: 'Rollouts', schema: z.object({ rollouts: z.array(rolloutSchema) }) } },
      handler: async ({ query }) =>
        ok({ rollouts: (await deps.store.listRollouts(query.flowId, query.limit)).map(rolloutView) }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/rollouts/:id',
      tag: 'rollouts',
      roles: READERS,
      params: idParams,
      summary: 'A rollout with its arms, guardrail checks, A/B report and the number of differing orders',
      responses: {
        200: { description: 'The rollout', schema: detailSchema },
        404: { description: 'No such rollout', schema: errorSchema },
      },
      handler: async ({ params }) => ok(await rolloutDetail(deps, params.id)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/rollouts/:id/differences',
      tag: 'rollouts',
      roles: READERS,
      params: idParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      summary: 'Shadow mode: the orders the candidate would have decided differently, field by field',
      responses: {
        200: {
          description: 'Differences, oldest first',
          schema: z.object({
            total: z.number().int(),
            differences: z.array(
              z.object({
                orderId: z.string(),
                intakeId: z.string(),
                liveRunId: z.string(),
                diffs: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
                candidate: z.unknown(),
                at: z.string(),
              }),
            ),
          }),
        },
      },
      handler: async ({ params, query }) => {
        if (!(await deps.store.rollout(params.id)))
          throw new HttpError(404, 'not-found', `there is no rollout "${params.id}"`);
        const rows = await deps.store.rolloutDiffs(params.id, query.limit);
        return ok({
          total: await deps.store.countRolloutDiffs(params.id),
          differences: rows.map((d) => ({
            orderId: d.orderId,
            intakeId: d.intakeId,
            liveRunId: d.liveRunId,
            diffs: JSON.parse(d.diffsJson),
            candidate: JSON.parse(d.candidateResultJson),
            at: new Date(d.createdAt).toISOString(),
          })),
        });
      },
    }),
    ...ACTIONS.map((action: RolloutAction) =>
      defineRoute({
        method: 'POST',
        url: `/api/v1/rollouts/:id/${action}`,
        tag: 'rollouts',
        roles: ['publisher'],
        idempotent: true,
        params: idParams,
        body: action === 'rollback' ? actionBody.required({ note: true }) : actionBody,
        summary: {
          advance: 'Canary: move to the next stage of the ramp now',
          pause: 'Hold the ramp where it is (assignment and guardrails go on)',
          resume: 'Let a paused ramp go on',
          rollback: 'Kill switch: the candidate gets 0% at once (a note is required); runs on it finish on it',
          complete: 'The candidate becomes the live version',
        }[action],
        responses: {
          200: { description: 'Done', schema: rolloutSchema },
          404: { description: 'No such rollout', schema: errorSchema },
          409: { description: 'Not possible in its state, or it changed meanwhile', schema: errorSchema },
        },
        handler: async ({ principal, params, body }) => actOnRollout(deps, principal, params.id, action, body.note),
      }),
    ),
  ];
}
