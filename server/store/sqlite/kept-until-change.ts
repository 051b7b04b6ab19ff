import type Database from 'better-sqlite3';

/**
 * A value read on every order, kept until the database changes: `PRAGMA data_version` moves when another
 * connection (a second server, a restore) commits anything; this connection's own commits do not move it,
 * so the committer calls `forget` after a commit that changes what the value is read from.
 */
export class KeptUntilChange<T> {
  private kept: { readonly dataVersion: number; readonly value: T } | undefined;

  constructor(
    private readonly dataVersion: Database.Statement,
    private readonly read: () => T,
  ) {}

  get(): T {
    const dataVersion = this.dataVersion.get() as number;
    if (this.kept === undefined || dataVersion !== this.kept.dataVersion)
      this.kept = { dataVersion, value: this.read() };
    return this.kept.value;
  }

  forget(): void {
    this.kept = undefined;
  }
}
