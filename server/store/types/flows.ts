/** Flows, their published versions, what is live and publish requests. */

export interface FlowRecord {
  readonly id: string;
  readonly name: string;
  readonly draftJson: string;
  readonly casesJson: string | null;
  readonly requiredApprovals: number;
  readonly updatedBy: string;
  readonly updatedAt: number;
  readonly createdAt: number;
}

export interface VersionRow {
  readonly flowId: string;
  readonly version: number;
  readonly contentHash: string;
  readonly flowJson: string;
  readonly casesJson: string | null;
  readonly author: string;
  readonly publishedBy: string;
  readonly publishedAt: number;
  readonly note: string;
}

export interface LiveRow {
  readonly flowId: string;
  readonly version: number;
  readonly switchedAt: number;
  readonly switchedBy: string;
}

export type PublishRequestStatus = 'pending' | 'published' | 'refused';

export interface PublishRequestRow {
  readonly id: string;
  readonly flowId: string;
  readonly flowJson: string;
  readonly casesJson: string | null;
  readonly contentHash: string;
  readonly note: string;
  readonly author: string;
  readonly requiredApprovals: number;
  /** User ids that approved, in order. */
  readonly approvals: readonly string[];
  readonly status: PublishRequestStatus;
  readonly version: number | null;
  readonly createdAt: number;
}
