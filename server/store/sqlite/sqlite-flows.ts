/** Flows, their versions, what is live, publish requests and stored contexts on SQLite (reads). */
import type { FlowRecord, LiveRow, PublishRequestRow, VersionRow } from '../types/index';
import * as c from './columns';
import type { SqliteReads } from './sqlite-reads';

export async function flow(db: SqliteReads, id: string): Promise<FlowRecord | undefined> {
  return db.one<FlowRecord>(`SELECT ${c.FLOW_COLUMNS} FROM flows WHERE id = ?`, id);
}

export async function listFlows(db: SqliteReads): Promise<FlowRecord[]> {
  return db.all<FlowRecord>(`SELECT ${c.FLOW_COLUMNS} FROM flows ORDER BY id`);
}

export async function version(db: SqliteReads, flowId: string, version: number): Promise<VersionRow | undefined> {
  return db.one<VersionRow>(
    `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? AND version = ?`,
    flowId,
    version,
  );
}

export async function versionByHash(
  db: SqliteReads,
  flowId: string,
  contentHash: string,
): Promise<VersionRow | undefined> {
  return db.one<VersionRow>(
    `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? AND content_hash = ?`,
    flowId,
    contentHash,
  );
}

export async function listVersions(db: SqliteReads, flowId: string): Promise<VersionRow[]> {
  return db.all<VersionRow>(
    `SELECT ${c.VERSION_COLUMNS} FROM flow_versions WHERE flow_id = ? ORDER BY version`,
    flowId,
  );
}

export async function live(db: SqliteReads, flowId: string): Promise<LiveRow | undefined> {
  return db.one<LiveRow>(`SELECT ${c.LIVE_COLUMNS} FROM live_versions WHERE flow_id = ?`, flowId);
}

/** Every live flow and version as one string (read through KeptUntilChange: it is asked on every order). */
export function readLiveSignature(db: SqliteReads): string {
  return (
    db.one<{ s: string | null }>(
      "SELECT group_concat(flow_id || ':' || version, ',') AS s FROM (SELECT flow_id, version FROM live_versions ORDER BY flow_id)",
    )?.s ?? ''
  );
}

export async function liveVersions(db: SqliteReads): Promise<VersionRow[]> {
  return db.all<VersionRow>(`SELECT ${c.VERSION_COLUMNS} FROM flow_versions
    WHERE (flow_id, version) IN (SELECT flow_id, version FROM live_versions) ORDER BY flow_id`);
}

export async function publishRequest(db: SqliteReads, id: string): Promise<PublishRequestRow | undefined> {
  const raw = db.one<Parameters<typeof c.requestFrom>[0]>(
    `SELECT ${c.REQUEST_COLUMNS} FROM publish_requests WHERE id = ?`,
    id,
  );
  return raw && c.requestFrom(raw);
}

export async function listPublishRequests(db: SqliteReads, flowId?: string): Promise<PublishRequestRow[]> {
  const where = flowId === undefined ? '' : 'WHERE flow_id = ?';
  const params = flowId === undefined ? [] : [flowId];
  return db
    .all<Parameters<typeof c.requestFrom>[0]>(
      `SELECT ${c.REQUEST_COLUMNS} FROM publish_requests ${where} ORDER BY created_at DESC`,
      ...params,
    )
    .map(c.requestFrom);
}

export async function worldJson(db: SqliteReads, hash: string): Promise<string | undefined> {
  return db.one<{ w: string }>('SELECT world_json AS w FROM contexts WHERE hash = ?', hash)?.w;
}
