import { auditEntry } from '../audit/audit';
import { SYSTEM } from '../auth/principal';
import type { Principal } from '../auth/roles';
import { HttpError } from '../http/errors';
import type { Answer } from '../http/route';
import { ACTIVE_ROLLOUT_STATES, type RolloutRow, type VersionRow, type WriteSet } from '../store/types/index';
import type { ServiceDeps } from './deps';
import { checkFlow } from './flow-checks';
import { contentHash, newId } from './hash';
import { stageFigures } from './rollout-figures';
import { breachOf, reasonInEnglish, readReason, storedReason } from './rollout-reason';
import { parseSettings, settingsOf, type StartRolloutInput } from './rollout-settings';

export const rolloutView = (r: RolloutRow) => {
  const settings = parseSettings(r.settingsJson);
  const reason = readReason(r.reason);
  return {
    id: r.id,
    flowId: r.flowId,
    candidateVersion: r.candidateVersion,
    baseVersion: r.baseVersion,
    mode: r.mode,
    state: r.state,
    percent: r.percent,
    stageIndex: r.stageIndex,
    plan: settings.plan,
    stageMinutes: settings.stageMinutes,
    stageStartedAt: new Date(r.stageStartedAt).toISOString(),
    metric: settings.metric,
    checkEveryOrders: settings.checkEveryOrders,
    guardrails: settings.guardrails,
    note: settings.note,
    reason: reason && reasonInEnglish(reason),
    reasonDetail: reason,
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    revision: r.revision,
  };
};

const isActive = (r: RolloutRow) => ACTIVE_ROLLOUT_STATES.includes(r.state);

/** The candidate: a published version, or the draft checked like a publish and stored as a version that is not live. */
async function candidateOf(
  deps: ServiceDeps,
  principal: Principal,
  flowId: string,
  input: StartRolloutInput,
  now: number,
): Promise<{ version: VersionRow; created: boolean }> {
  if (input.candidateVersion !== undefined) {
    const version = await deps.store.version(flowId, input.candidateVersion);
    if (!version)
      throw new HttpError(404, 'not-found', `flow "${flowId}" has no version ${input.candidateVersion}`, [
        { path: 'candidateVersion', message: 'no such version' },
      ]);
    return { version, created: false };
  }
  const flow = await deps.store.flow(flowId);
  if (!flow) throw new HttpError(404, 'not-found', `there is no flow "${flowId}"`);
  const check = checkFlow(flow.draftJson, flow.casesJson, deps.world);
  if (!check.ok)
    throw new HttpError(
      422,
      'checks-failed',
      `the draft of ${flowId} cannot be rolled out: ${check.problems.length} problem(s) in its validation or test cases`,
      check.problems,
    );
  const hash = contentHash(JSON.parse(flow.draftJson));
  const existing = await deps.store.versionByHash(flowId, hash);
  if (existing) return { version: existing, created: false };
  const versions = await deps.store.listVersions(flowId);
  const version: VersionRow = {
    flowId,
    version: (versions.at(-1)?.version ?? 0) + 1,
    contentHash: hash,
    flowJson: flow.draftJson,
    casesJson: flow.casesJson,
    author: flow.updatedBy,
    publishedBy: principal.id,
    publishedAt: now,
    note: `rollout candidate: ${input.note}`,
  };
  return { version, created: true };
}

export async function startRollout(
  deps: ServiceDeps,
  principal: Principal,
  flowId: string,
  input: StartRolloutInput,
): Promise<Answer> {
  const live = await deps.store.live(flowId);
  if (!live)
    throw new HttpError(409, 'not-live', `flow "${flowId}" has no live version to roll out against; publish it first`);
  const running = (await deps.store.listRollouts(flowId, 20)).find(isActive);
  if (running)
    throw new HttpError(409, 'rollout-active', `flow "${flowId}" already has rollout ${running.id} (${running.state})`);
  const now = deps.clock.now();
  const candidate = await candidateOf(deps, principal, flowId, input, now);
  if (candidate.version.version === live.version)
    throw new HttpError(409, 'candidate-is-live', `version ${live.version} is already live; roll out another one`, [
      { path: 'candidateVersion', message: 'the live version' },
    ]);
  const settings = settingsOf(input);
  const row: RolloutRow = {
    id: newId('ro'),
    flowId,
    candidateVersion: candidate.version.version,
    baseVersion: live.version,
    mode: input.mode,
    state: 'running',
    percent: input.mode === 'shadow' ? 0 : settings.plan[0]!,
    stageIndex: 0,
    stageStartedAt: now,
    settingsJson: JSON.stringify(settings),
    checkedOrders: 0,
    reason: null,
    createdBy: principal.id,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  const audit = auditEntry(now, principal, 'rollout.start', flowId, undefined, {
    rolloutId: row.id,
    mode: row.mode,
    candidateVersion: row.candidateVersion,
    baseVersion: row.baseVersion,
    percent: row.percent,
    note: settings.note,
  });
  return {
    status: 201,
    body: rolloutView(row),
    write: {
      versions: candidate.created ? [candidate.version] : [],
      rollout: { row, expectedRevision: null },
      audit: [audit],
    },
    refused: () => {
      throw new HttpError(409, 'rollout-active', `flow "${flowId}" got another rollout meanwhile`);
    },
  };
}

export type RolloutAction = 'advance' | 'pause' | 'resume' | 'rollback' | 'complete';

function conflict(id: string): never {
  throw new HttpError(409, 'version-conflict', `rollout ${id} changed meanwhile; read it again`);
}

/** The change a person asks for, checked against the rollout's state; every one is audited. */
export async function actOnRollout(
  deps: ServiceDeps,
  principal: Principal,
  id: string,
  action: RolloutAction,
  note: string | undefined,
): Promise<Answer> {
  const row = await deps.store.rollout(id);
  if (!row) throw new HttpError(404, 'not-found', `there is no rollout "${id}"`);
  if (!isActive(row)) throw new HttpError(409, 'not-active', `rollout ${id} is ${row.state}; nothing more can be done`);
  const settings = parseSettings(row.settingsJson);
  const now = deps.clock.now();
  let next: RolloutRow;
  const extra: WriteSet[] = [];
  switch (action) {
    case 'advance': {
      if (row.mode !== 'canary') throw new HttpError(409, 'no-ramp', `a ${row.mode} rollout has no ramp to advance`);
      if (row.stageIndex >= settings.plan.length - 1)
        throw new HttpError(409, 'last-stage', `rollout ${id} is at its last stage (${row.percent}%); complete it`);
      next = nextStage(row, settings.plan, now);
      break;
    }
    case 'pause':
      if (row.state === 'paused') throw new HttpError(409, 'already-paused', `rollout ${id} is already paused`);
      next = { ...row, state: 'paused' };
      break;
    case 'resume':
      if (row.state !== 'paused') throw new HttpError(409, 'not-paused', `rollout ${id} is not paused`);
      next = { ...row, state: 'running' };
      break;
    case 'rollback':
      // The kill switch: the candidate gets 0% at once; runs already on it finish on it.
      next = {
        ...row,
        state: 'rolled-back',
        percent: 0,
        reason: storedReason({ code: 'rolled-back-by', by: principal.name, note: note ?? '' }),
      };
      break;
    case 'complete': {
      const live = await deps.store.live(row.flowId);
      if (live?.version !== row.baseVersion)
        throw new HttpError(409, 'live-moved', `version ${live?.version} went live meanwhile; this rollout is stale`);
      next = {
        ...row,
        state: 'completed',
        percent: 100,
        reason: storedReason({ code: 'completed-by', by: principal.name }),
      };
      extra.push({
        live: [{ flowId: row.flowId, version: row.candidateVersion, switchedAt: now, switchedBy: principal.id }],
        audit: [
          auditEntry(
            now,
            principal,
            'flow.publish',
            row.flowId,
            { version: row.baseVersion },
            {
              version: row.candidateVersion,
              rolloutId: row.id,
              note: note ?? settings.note,
            },
          ),
        ],
      });
      break;
    }
  }
  next = { ...next, updatedAt: now, revision: row.revision + 1 };
  const audit = auditEntry(
    now,
    principal,
    `rollout.${action}`,
    row.flowId,
    { rolloutId: id, state: row.state, percent: row.percent },
    { rolloutId: id, state: next.state, percent: next.percent, ...(note ? { note } : {}) },
  );
  return {
    status: 200,
    body: rolloutView(next),
    write: {
      rollout: { row: next, expectedRevision: row.revision },
      live: extra.flatMap((w) => w.live ?? []),
      audit: [audit, ...extra.flatMap((w) => w.audit ?? [])],
    },
    refused: () => conflict(id),
  };
}

function nextStage(row: RolloutRow, plan: readonly number[], now: number): RolloutRow {
  const stageIndex = row.stageIndex + 1;
  return { ...row, stageIndex, percent: plan[stageIndex]!, stageStartedAt: now, checkedOrders: 0 };
}

export interface RolloutTick {
  readonly looked: number;
  readonly rolledBack: number;
  readonly advanced: number;
}

/**
 * The guardrail looks and the time ramp, run by the sweeper. A look happens each time the stage's
 * candidate arm grew by checkEveryOrders (so the number of looks, and with it the false alarms, is
 * bounded by the sample, not by how often the timer fires). A breach rolls back to 0% and records why;
 * a stage whose time is up advances only after a look with the minimum sample found it healthy.
 */
export async function tickRollouts(deps: ServiceDeps): Promise<RolloutTick> {
  let looked = 0;
  let rolledBack = 0;
  let advanced = 0;
  for (const row of await deps.store.activeRollouts()) {
    const settings = parseSettings(row.settingsJson);
    const figures = stageFigures(row, await deps.store.rolloutSums(row.id, row.stageIndex));
    const now = deps.clock.now();
    const grown = figures.candidate.orders - row.checkedOrders >= settings.checkEveryOrders;
    const judged = figures.checks.some((c) => c.z !== null) && figures.checks.every((c) => !c.breach);
    const due =
      row.mode === 'canary' &&
      row.state === 'running' &&
      settings.stageMinutes !== null &&
      row.stageIndex < settings.plan.length - 1 &&
      now - row.stageStartedAt >= settings.stageMinutes * 60_000;
    if (!grown && !(due && judged)) continue;
    let next: RolloutRow = { ...row, updatedAt: now, revision: row.revision + 1 };
    let action = 'rollout.look';
    if (grown) {
      looked++;
      next = { ...next, checkedOrders: figures.candidate.orders };
      const breach = figures.checks.find((c) => c.breach);
      if (breach) {
        next = {
          ...next,
          state: 'rolled-back',
          percent: 0,
          reason: storedReason(breachOf(breach, row.stageIndex + 1)),
        };
        action = 'rollout.auto-rollback';
        rolledBack++;
      }
    }
    if (next.state === 'running' && due && judged) {
      next = nextStage(next, settings.plan, now);
      action = 'rollout.advance';
      advanced++;
    }
    const write: WriteSet = { rollout: { row: next, expectedRevision: row.revision } };
    // Looks that change nothing but the counter are not audited; rollbacks and advances are.
    const audited =
      action === 'rollout.look'
        ? []
        : [
            auditEntry(
              now,
              SYSTEM,
              action,
              row.flowId,
              { rolloutId: row.id, state: row.state, percent: row.percent },
              { rolloutId: row.id, state: next.state, percent: next.percent, reason: readReason(next.reason) },
            ),
          ];
    await deps.store.commit({ ...write, audit: audited }); // a refusal means a person acted first: next tick looks again
  }
  return { looked, rolledBack, advanced };
}

/** A rollout with its figures: arms, guardrail checks, the A/B report and the shadow differences. */
export async function rolloutDetail(deps: ServiceDeps, id: string) {
  const row = await deps.store.rollout(id);
  if (!row) throw new HttpError(404, 'not-found', `there is no rollout "${id}"`);
  const figures = stageFigures(row, await deps.store.rolloutSums(row.id, row.stageIndex));
  const all = stageFigures(row, await deps.store.rolloutSums(row.id, undefined));
  return {
    ...rolloutView(row),
    stage: { candidate: figures.candidate, baseline: figures.baseline, checks: figures.checks, ab: figures.ab },
    total: { candidate: all.candidate, baseline: all.baseline },
    capturedEffects: all.capturedEffects,
    differingOrders: await deps.store.countRolloutDiffs(row.id),
  };
}
