import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type Queryable } from '../data-source';

export type ScrapeTaskStatus = 'pending' | 'running' | 'completed' | 'partial' | 'failed';

export interface SourceProgress {
  status: 'pending' | 'running' | 'ok' | 'blocked' | 'failed';
  jobs_found: number;
  error?: string;
  finished_at?: string;
}

export interface ScrapeTaskRow {
  id: string;
  user_id: string | null;
  status: ScrapeTaskStatus;
  query: Record<string, unknown>;
  sources: string[];
  progress: Record<string, SourceProgress>;
  jobs_found: number;
  error: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

/**
 * Scrape tasks and per-source progress. Progress is written outside any message transaction,
 * so a client polling the status sees each source as it finishes.
 */
@Injectable()
export class ScrapeTasksRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async create(
    q: Queryable,
    userId: string | null,
    query: Record<string, unknown>,
    sources: readonly string[],
  ): Promise<string> {
    const progress = Object.fromEntries(sources.map((s) => [s, { status: 'pending', jobs_found: 0 }]));
    const rows = await queryRows<{ id: string }>(
      q,
      `INSERT INTO scrape_tasks (user_id, query, sources, progress) VALUES ($1, $2, $3, $4) RETURNING id`,
      [userId, JSON.stringify(query), sources, JSON.stringify(progress)],
    );
    return rows[0]!.id;
  }

  /** Tasks a user started, or (user null) anonymous ones such as CLI imports. */
  async get(userId: string | null, id: string): Promise<ScrapeTaskRow | null> {
    const rows = await queryRows<ScrapeTaskRow>(
      this.ds,
      `SELECT * FROM scrape_tasks WHERE id = $1 AND user_id IS NOT DISTINCT FROM $2`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  async start(id: string): Promise<void> {
    await this.ds.query(
      `UPDATE scrape_tasks SET status = 'running', updated_at = NOW() WHERE id = $1 AND status = 'pending'`,
      [id],
    );
  }

  async sourceDone(id: string, source: string, progress: SourceProgress): Promise<void> {
    await this.ds.query(
      `UPDATE scrape_tasks SET progress = jsonb_set(progress, ARRAY[$2::text], $3::jsonb, true),
         jobs_found = (SELECT COALESCE(SUM((v->>'jobs_found')::int), 0)
                       FROM jsonb_each(jsonb_set(progress, ARRAY[$2::text], $3::jsonb, true)) AS e(k, v)),
         updated_at = NOW()
       WHERE id = $1`,
      [id, source, JSON.stringify(progress)],
    );
  }

  async finish(id: string, status: ScrapeTaskStatus, error: string | null): Promise<void> {
    await this.ds.query(
      `UPDATE scrape_tasks SET status = $2, error = $3, completed_at = NOW(), updated_at = NOW() WHERE id = $1`,
      [id, status, error],
    );
  }

  async recordSourceHealth(
    source: string,
    outcome: { ok: boolean; jobs: number; error?: string; blocked?: string },
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO source_health (source, last_success_at, last_error_at, last_error, blocked_reason, jobs_found)
       VALUES ($1, CASE WHEN $2 THEN NOW() END, CASE WHEN NOT $2 THEN NOW() END, $3, $4, $5)
       ON CONFLICT (source) DO UPDATE SET
         last_success_at = COALESCE(EXCLUDED.last_success_at, source_health.last_success_at),
         last_error_at = COALESCE(EXCLUDED.last_error_at, source_health.last_error_at),
         last_error = COALESCE(EXCLUDED.last_error, source_health.last_error),
         blocked_reason = CASE WHEN $2 THEN NULL ELSE COALESCE(EXCLUDED.blocked_reason, source_health.blocked_reason) END,
         jobs_found = source_health.jobs_found + EXCLUDED.jobs_found,
         updated_at = NOW()`,
      [source, outcome.ok, outcome.error ?? null, outcome.blocked ?? null, outcome.jobs],
    );
  }

  async sourceHealth(): Promise<Array<Record<string, unknown>>> {
    return queryRows(this.ds, `SELECT * FROM source_health ORDER BY source`);
  }
}
