import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type Queryable } from '../data-source';

export interface SavedSearchRow {
  id: string;
  user_id: string;
  name: string;
  query: string | null;
  filters: { sources?: string[]; location?: string; remote?: boolean; board?: string };
  last_run_at: Date | null;
  result_count: number | null;
}

/** Saved searches and the search cache, as the scheduler needs them. */
@Injectable()
export class SavedSearchesRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Searches whose interval has passed, locked so two schedulers never run the same one. */
  async claimDue(q: Queryable, limit = 20): Promise<SavedSearchRow[]> {
    return queryRows(
      q,
      `SELECT id, user_id, name, query, filters, last_run_at, result_count FROM saved_searches
       WHERE last_run_at IS NULL OR last_run_at + schedule_interval <= NOW()
       ORDER BY last_run_at NULLS FIRST LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRun(q: Queryable, id: string, resultCount: number): Promise<void> {
    await q.query(`UPDATE saved_searches SET last_run_at = NOW(), result_count = $2 WHERE id = $1`, [
      id,
      resultCount,
    ]);
  }

  /** Jobs whose title or company mention the query (what the search currently finds). */
  async countMatching(q: Queryable, query: string | null): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      q,
      `SELECT count(*)::int AS n FROM jobs WHERE is_active AND ($1::text IS NULL OR title ILIKE $1 OR company_name ILIKE $1)`,
      [query ? `%${query.replace(/[%_\\]/g, '\\$&')}%` : null],
    );
    return rows[0]?.n ?? 0;
  }

  async deleteExpiredCache(): Promise<number> {
    const rows = await queryRows(this.ds, `DELETE FROM search_cache WHERE expires_at < NOW() RETURNING id`);
    return rows.length;
  }

  transaction<T>(fn: (tx: import('typeorm').EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
}
