import Dexie, { type Table, type Transaction } from 'dexie';
import type { Flow } from '../../runtime/index';

/** One saved flow: the last valid document plus, while the user types broken JSON, that text. */
export interface StoredFlow {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  readonly document: Flow;
  /** Unparseable/invalid JSON the user was typing. Kept until a valid edit replaces it — never dropped. */
  readonly draftText?: string;
}

/** A named snapshot of a flow. `seq` is assigned by IndexedDB and orders history. */
export interface VersionRow {
  readonly seq?: number;
  readonly flowId: string;
  readonly label: string;
  readonly createdAt: string;
  readonly document: Flow;
  /** Set on automatic backups taken while a draft text was pending. */
  readonly draftText?: string;
}

/** A deleted flow with its history, kept so "undo" can put everything back. */
export interface DeletedFlowRow {
  readonly id: string;
  readonly deletedAt: string;
  readonly flow: StoredFlow;
  readonly versions: readonly VersionRow[];
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export const DB_NAME = 'orderflow';

/**
 * Every schema version ever shipped, oldest first. Never edit a shipped entry: add a new one with
 * an upgrade, so people's existing databases move forward instead of failing to open.
 */
export const DB_VERSIONS: readonly {
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  // v1: flows and their versions.
  { stores: { flows: 'id, name, updatedAt', versions: '++seq, flowId, createdAt' } },
  // v2: delete-with-undo, first-start bookkeeping, history by flow in order; v1 versions had no label.
  {
    stores: {
      flows: 'id, name, updatedAt',
      versions: '++seq, flowId, createdAt, [flowId+seq]',
      deletedFlows: 'id, deletedAt',
      meta: 'key',
    },
    upgrade: async (tx) => {
      await tx
        .table('versions')
        .toCollection()
        .modify((row: { label?: unknown; seq?: number }) => {
          if (typeof row.label !== 'string' || row.label === '') row.label = `Version ${row.seq ?? ''}`.trim();
        });
    },
  },
];

export class OrderflowDb extends Dexie {
  flows!: Table<StoredFlow, string>;
  versions!: Table<VersionRow, number>;
  deletedFlows!: Table<DeletedFlowRow, string>;
  meta!: Table<MetaRow, string>;

  /** `upTo` exists for the upgrade test, which must create an old database first. */
  constructor(name = DB_NAME, upTo = DB_VERSIONS.length) {
    super(name);
    DB_VERSIONS.slice(0, upTo).forEach((step, index) => {
      const version = this.version(index + 1).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    });
  }
}

export function openOrderflowDb(name = DB_NAME): OrderflowDb {
  return new OrderflowDb(name);
}
