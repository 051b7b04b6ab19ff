import type pg from 'pg';
import * as q from './pg-sql';

/** How the area modules read: SQL with `?` placeholders, run as named prepared statements. */
export interface PgReads {
  one<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
}

/** Reads as named prepared statements: each connection parses and plans a query once, not per call. */
export class PreparedReads implements PgReads {
  private readonly prepared = new Map<string, { readonly name: string; readonly text: string }>();

  constructor(private readonly pool: pg.Pool) {}

  private statement(sql: string, values: unknown[]): pg.QueryConfig {
    let known = this.prepared.get(sql);
    if (!known) {
      known = { name: `q${this.prepared.size + 1}`, text: q.numbered(sql) };
      this.prepared.set(sql, known);
    }
    return { ...known, values };
  }

  async one<T>(sql: string, ...params: unknown[]): Promise<T | undefined> {
    return (await this.pool.query(this.statement(sql, params))).rows[0] as T | undefined;
  }

  async all<T>(sql: string, ...params: unknown[]): Promise<T[]> {
    return (await this.pool.query(this.statement(sql, params))).rows as T[];
  }
}
