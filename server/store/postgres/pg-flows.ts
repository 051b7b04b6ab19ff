/** Flows, their versions, what is live, publish requests and stored contexts on PostgreSQL (reads). */
import * as c from '../sqlite/columns';
import type { FlowRecord, LiveRow, PublishRequestRow, VersionRow } from '../types/index';
import type { PgReads } from './pg-reads';
import * as q from './pg-sql';

export function flow(db: PgReads, id: string): Promise<FlowRecord | undefined> {
  return db.one<FlowRecord>(`SELECT ${q.FLOW} FROM flows WHERE id = ?`, id);
}

export function listFlows(db: PgReads): Promise<FlowRecord[]> {
  return db.all<FlowRecord>(`SELECT ${q.FLOW} FROM flows ORDER BY id`);
}

export function version(db: PgReads, flowId: string, version: number): Promise<VersionRow | undefined> {
  return db.one<VersionRow>(
    `SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? AND version = ?`,
    flowId,
    version,
  );
}

export function versionByHash(db: PgReads, flowId: string, contentHash: string): Promise<VersionRow | undefined> {
  return db.one<VersionRow>(
    `SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? AND content_hash = ?`,
    flowId,
    contentHash,
  );
}

export function listVersions(db: PgReads, flowId: string): Promise<VersionRow[]> {
  return db.all<VersionRow>(`SELECT ${q.VERSION} FROM flow_versions WHERE flow_id = ? ORDER BY version`, flowId);
}

export function live(db: PgReads, flowId: string): Promise<LiveRow | undefined> {
  return db.one<LiveRow>(`SELECT ${q.LIVE} FROM live_versions WHERE flow_id = ?`, flowId);
}

export async function liveSignature(db: PgReads): Promise<string> {
  const row = await db.one<{ s: string | null }>(
    "SELECT string_agg(flow_id || ':' || version, ',' ORDER BY flow_id) AS s FROM live_versions",
  );
  return row?.s ?? '';
}

export function liveVersions(db: PgReads): Promise<VersionRow[]> {
  return db.all<VersionRow>(`SELECT ${q.VERSION} FROM flow_versions
    WHERE (flow_id, version) IN (SELECT flow_id, version FROM live_versions) ORDER BY flow_id`);
}

export async function publishRequest(db: PgReads, id: string): Promise<PublishRequestRow | undefined> {
  const raw = await db.one<Parameters<typeof c.requestFrom>[0]>(
    `SELECT ${q.REQUEST} FROM publish_requests WHERE id = ?`,
    id,
  );
  return raw && c.requestFrom(raw);
}

export async function listPublishRequests(db: PgReads, flowId?: string): Promise<PublishRequestRow[]> {
  const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
  const params = flowId === undefined ? [] : [flowId];
  return (
    await db.all<Parameters<typeof c.requestFrom>[0]>(
      `SELECT ${q.REQUEST} FROM publish_requests ${where} ORDER BY created_at DESC`,
      ...params,
    )
  ).map(c.requestFrom);
}

export async function worldJson(db: PgReads, hash: string): Promise<string | undefined> {
  return (await db.one<{ w: string }>('SELECT world_json AS w FROM contexts WHERE hash = ?', hash))?.w;
}
