import { auditEntry } from '../audit/audit';
import type { Principal } from '../auth/roles';
import { HttpError } from '../http/errors';
import type { Answer } from '../http/route';
import type { FlowRecord, PublishRequestRow, VersionRow, WriteSet } from '../store/types/index';
import type { ServiceDeps } from './deps';
import { checkFlow } from './flow-checks';
import { canonicalJson, contentHash, newId } from './hash';

export interface DraftInput {
  readonly flow: Record<string, unknown>;
  readonly cases?: Record<string, unknown> | null;
  readonly requiredApprovals?: number;
}

/** A flow's draft as the API shows it, with its live version. */
export function draftView(flow: FlowRecord, live: number | null) {
  return {
    id: flow.id,
    name: flow.name,
    flow: JSON.parse(flow.draftJson) as unknown,
    cases: flow.casesJson === null ? null : (JSON.parse(flow.casesJson) as unknown),
    draftHash: contentHash(JSON.parse(flow.draftJson)),
    requiredApprovals: flow.requiredApprovals,
    liveVersion: live,
    updatedBy: flow.updatedBy,
    updatedAt: new Date(flow.updatedAt).toISOString(),
  };
}

export function versionView(v: VersionRow, live: number | null) {
  return {
    flowId: v.flowId,
    version: v.version,
    contentHash: v.contentHash,
    live: v.version === live,
    author: v.author,
    publishedBy: v.publishedBy,
    publishedAt: new Date(v.publishedAt).toISOString(),
    note: v.note,
  };
}

export function requestView(r: PublishRequestRow) {
  return {
    id: r.id,
    flowId: r.flowId,
    contentHash: r.contentHash,
    note: r.note,
    author: r.author,
    requiredApprovals: r.requiredApprovals,
    approvals: r.approvals,
    status: r.status,
    version: r.version,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

/** Saves (creates or overwrites) a flow's draft. Drafts may be invalid: checks run at publish. */
export async function saveDraft(
  deps: ServiceDeps,
  principal: Principal,
  flowId: string,
  input: DraftInput,
): Promise<Answer> {
  if (input.flow.id !== undefined && input.flow.id !== flowId) {
    throw new HttpError(
      400,
      'flow-id-mismatch',
      `the flow's id "${String(input.flow.id)}" differs from the URL's "${flowId}"`,
      [{ path: 'flow.id', message: `expected "${flowId}"` }],
    );
  }
  const now = deps.clock.now();
  const before = await deps.store.flow(flowId);
  const row: FlowRecord = {
    id: flowId,
    name: typeof input.flow.name === 'string' ? input.flow.name : flowId,
    draftJson: canonicalJson(input.flow),
    casesJson:
      input.cases === undefined
        ? (before?.casesJson ?? null)
        : input.cases === null
          ? null
          : canonicalJson(input.cases),
    requiredApprovals: input.requiredApprovals ?? before?.requiredApprovals ?? 0,
    updatedBy: principal.id,
    updatedAt: now,
    createdAt: before?.createdAt ?? now,
  };
  const live = await deps.store.live(flowId);
  const audit = auditEntry(
    now,
    principal,
    'flow.save',
    flowId,
    before && { draftHash: contentHash(JSON.parse(before.draftJson)) },
    { draftHash: contentHash(input.flow) },
  );
  return {
    status: before ? 200 : 201,
    body: draftView(row, live?.version ?? null),
    write: { flows: [row], audit: [audit] },
  };
}

interface Content {
  readonly flowId: string;
  readonly flowJson: string;
  readonly casesJson: string | null;
  readonly note: string;
  /** Who wrote what is published: the draft's last saver (four-eyes counts approvals from others). */
  readonly author: string;
}

/** Runs the checks, then publishes at once or opens a four-eyes request. */
export async function publishContent(
  deps: ServiceDeps,
  principal: Principal,
  content: Content,
  requiredApprovals: number,
): Promise<Answer> {
  const check = checkFlow(content.flowJson, content.casesJson, deps.world);
  if (!check.ok)
    throw new HttpError(
      422,
      'checks-failed',
      `flow ${content.flowId} was not published: ${check.problems.length} problem(s) in its validation or test cases`,
      check.problems,
    );
  const hash = contentHash(JSON.parse(content.flowJson));
  const now = deps.clock.now();
  if (requiredApprovals > 0) {
    const request: PublishRequestRow = {
      id: newId('pub'),
      flowId: content.flowId,
      flowJson: content.flowJson,
      casesJson: content.casesJson,
      contentHash: hash,
      note: content.note,
      author: content.author,
      requiredApprovals,
      approvals: [],
      status: 'pending',
      version: null,
      createdAt: now,
    };
    const audit = auditEntry(now, principal, 'publish.request', content.flowId, undefined, {
      requestId: request.id,
      contentHash: hash,
      requiredApprovals,
    });
    return {
      status: 202,
      body: { published: false, request: requestView(request) },
      write: { publishRequests: [request], audit: [audit] },
    };
  }
  const live = await goLive(deps, principal, content, hash, now);
  // Compiled (and built into a flow module in the background) now, not at its first order.
  deps.plans.warm(live.version.contentHash, live.version.flowJson);
  return {
    status: 201,
    body: { published: true, version: versionView(live.version, live.version.version), casesRun: check.casesRun },
    write: live.write,
    refused: live.refused,
  };
}

/** The version row (new, or the existing one with the same content: a rollback) and the live switch. */
async function goLive(
  deps: ServiceDeps,
  principal: Principal,
  content: Content,
  hash: string,
  now: number,
): Promise<{ version: VersionRow; write: WriteSet; refused: () => never }> {
  const existing = await deps.store.versionByHash(content.flowId, hash);
  const versions = existing ? [] : await deps.store.listVersions(content.flowId);
  const version: VersionRow = existing ?? {
    flowId: content.flowId,
    version: (versions.at(-1)?.version ?? 0) + 1,
    contentHash: hash,
    flowJson: content.flowJson,
    casesJson: content.casesJson,
    author: content.author,
    publishedBy: principal.id,
    publishedAt: now,
    note: content.note,
  };
  const before = await deps.store.live(content.flowId);
  const audit = auditEntry(now, principal, 'flow.publish', content.flowId, before && { version: before.version }, {
    version: version.version,
    contentHash: hash,
    note: content.note,
  });
  return {
    version,
    refused: () => {
      throw new HttpError(
        409,
        'publish-conflict',
        `another publish of flow ${content.flowId} took version ${version.version} at the same moment; reload the versions and publish again if needed`,
      );
    },
    write: {
      versions: existing ? [] : [version],
      live: [{ flowId: content.flowId, version: version.version, switchedAt: now, switchedBy: principal.id }],
      audit: [audit],
    },
  };
}

async function flowOr404(deps: ServiceDeps, flowId: string): Promise<FlowRecord> {
  const flow = await deps.store.flow(flowId);
  if (!flow) throw new HttpError(404, 'not-found', `there is no flow "${flowId}"`);
  return flow;
}

const approvalsFor = (deps: ServiceDeps, flow: FlowRecord) =>
  Math.max(deps.config.publishApprovals, flow.requiredApprovals);

export async function publishDraft(
  deps: ServiceDeps,
  principal: Principal,
  flowId: string,
  note: string,
): Promise<Answer> {
  const flow = await flowOr404(deps, flowId);
  return publishContent(
    deps,
    principal,
    { flowId, flowJson: flow.draftJson, casesJson: flow.casesJson, note, author: flow.updatedBy },
    approvalsFor(deps, flow),
  );
}

/** Rollback: publish an older version's content again (it becomes live under its own number). */
export async function republish(
  deps: ServiceDeps,
  principal: Principal,
  flowId: string,
  version: number,
  note: string,
): Promise<Answer> {
  const flow = await flowOr404(deps, flowId);
  const old = await deps.store.version(flowId, version);
  if (!old) throw new HttpError(404, 'not-found', `flow "${flowId}" has no version ${version}`);
  return publishContent(
    deps,
    principal,
    { flowId, flowJson: old.flowJson, casesJson: old.casesJson, note, author: old.author },
    approvalsFor(deps, flow),
  );
}

/** A four-eyes approval; the last one needed publishes (after checking again). */
export async function approvePublish(deps: ServiceDeps, principal: Principal, requestId: string): Promise<Answer> {
  const request = await deps.store.publishRequest(requestId);
  if (!request) throw new HttpError(404, 'not-found', `there is no publish request "${requestId}"`);
  if (request.status !== 'pending')
    throw new HttpError(409, 'not-pending', `publish request ${requestId} is already ${request.status}`);
  if (principal.id === request.author)
    throw new HttpError(403, 'self-approval', 'the author of a flow cannot approve its publication');
  if (request.approvals.includes(principal.id))
    throw new HttpError(409, 'already-approved', 'you already approved this publish request');
  const now = deps.clock.now();
  const approvals = [...request.approvals, principal.id];
  const audit = auditEntry(
    now,
    principal,
    'publish.approve',
    request.flowId,
    { requestId, approvals: request.approvals },
    { requestId, approvals },
  );
  // Two approvers at once both read the same approvals: the step is a compare-and-set, so one wins and
  // the other is told to approve again (instead of overwriting the first approval).
  const refusedApproval = () => {
    throw new HttpError(
      409,
      'approval-conflict',
      `publish request ${requestId} changed while you approved it (another approval or publish landed first); reload it and approve again`,
    );
  };
  if (approvals.length < request.requiredApprovals) {
    const next: PublishRequestRow = { ...request, approvals };
    return {
      status: 200,
      body: { published: false, request: requestView(next) },
      write: { publishApproval: { row: next, expectedApprovals: request.approvals }, audit: [audit] },
      refused: refusedApproval,
    };
  }
  const check = checkFlow(request.flowJson, request.casesJson, deps.world);
  if (!check.ok)
    throw new HttpError(
      422,
      'checks-failed',
      `flow ${request.flowId} was not published: its checks fail now`,
      check.problems,
    );
  const content = {
    flowId: request.flowId,
    flowJson: request.flowJson,
    casesJson: request.casesJson,
    note: request.note,
    author: request.author,
  };
  const live = await goLive(deps, principal, content, request.contentHash, now);
  const done: PublishRequestRow = { ...request, approvals, status: 'published', version: live.version.version };
  return {
    status: 201,
    body: { published: true, request: requestView(done), version: versionView(live.version, live.version.version) },
    write: {
      ...live.write,
      publishApproval: { row: done, expectedApprovals: request.approvals },
      audit: [audit, ...(live.write.audit ?? [])],
    },
    // Both races end in 'version-conflict': the request as it is now tells which one was lost.
    refused: async () => {
      const now = await deps.store.publishRequest(requestId);
      return now?.status === 'pending' && now.approvals.join() === request.approvals.join()
        ? live.refused()
        : refusedApproval();
    },
  };
}
