import type Database from 'better-sqlite3';
import type { CommitResult, WriteSet } from '../types/index';
import { applyWrite, prepareWrites, Refused, type Writes } from './apply-write';

/** A write that broke a constraint or hit an error: only its own caller hears of it. */
interface Failed {
  readonly error: unknown;
}

const OK: CommitResult = { ok: true };

interface Pending {
  readonly set: WriteSet;
  readonly resolve: (result: CommitResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Writes queued during one event-loop turn, committed together in one `BEGIN IMMEDIATE` transaction (each in
 * its own savepoint when one is refused, so a refusal rolls back only itself): one fsync for many requests,
 * and every caller is answered only after its commit.
 */
export class GroupCommit {
  private readonly writes: Writes;
  private readonly one: (set: WriteSet) => void;
  private readonly batch: (items: readonly Pending[]) => (CommitResult | Failed)[];
  private readonly plainBatch: (items: readonly Pending[]) => void;
  private queue: Pending[] = [];
  private scheduled = false;

  /** `committed` hears of every batch that committed, before any of its callers is answered. */
  constructor(
    db: Database.Database,
    private readonly maxBatch: number,
    private readonly committed: (sets: readonly WriteSet[]) => void,
  ) {
    this.writes = prepareWrites(db);
    this.one = db.transaction((set: WriteSet) => applyWrite(this.writes, set));
    const batch = db.transaction((items: readonly Pending[]) => items.map(({ set }) => this.applyInSavepoint(set)));
    this.batch = (items) => batch.immediate(items);
    const plain = db.transaction((items: readonly Pending[]) => {
      for (const { set } of items) applyWrite(this.writes, set);
    });
    this.plainBatch = (items) => plain.immediate(items);
  }

  commit(set: WriteSet): Promise<CommitResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ set, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now. */
  flush(): void {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const items = this.queue.splice(0, this.maxBatch);
      let results: (CommitResult | Failed)[];
      try {
        results = this.commitBatch(items);
      } catch (error) {
        for (const item of items) item.reject(error);
        continue;
      }
      this.committed(items.map((item) => item.set));
      items.forEach((item, i) => {
        const result = results[i]!;
        if ('error' in result) item.reject(result.error);
        else item.resolve(result);
      });
    }
  }

  /**
   * The usual batch has no refusal: commit it in one transaction without a savepoint per write. When one
   * write is refused or fails, that transaction rolls back whole and the batch is redone with savepoints,
   * so only that write's caller hears of it.
   */
  private commitBatch(items: readonly Pending[]): (CommitResult | Failed)[] {
    try {
      this.plainBatch(items);
      return items.map(() => OK);
    } catch {
      return this.batch(items);
    }
  }

  private applyInSavepoint(set: WriteSet): CommitResult | Failed {
    try {
      this.one(set); // nested inside the batch: better-sqlite3 makes it a SAVEPOINT, rolled back alone on a throw
      return { ok: true };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, reason: error.reason };
      return { error };
    }
  }
}
