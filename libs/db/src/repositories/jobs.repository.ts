import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type Queryable } from '../data-source';

export interface JobRow {
  id: string;
  url: string;
  title: string;
  company_id: string | null;
  company_name: string | null;
  company_key: string | null;
  location: string | null;
  location_type: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  salary_annual_min: number | null;
  salary_annual_max: number | null;
  salary_text: string | null;
  description: string;
  requirements: unknown;
  skills: unknown;
  posted_date: string | null;
  scraped_at: Date;
  source: string;
  external_id: string | null;
  apply_url: string | null;
  canonical_key: string | null;
  is_active: boolean;
  embedding_id: string | null;
  indexed_at: Date | null;
  normalized_at: Date | null;
  content_hash: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewJob {
  url: string;
  title: string;
  company_name: string;
  company_key: string;
  location: string | null;
  location_type: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  salary_text: string | null;
  description: string;
  posted_date: string | null;
  scraped_at: string;
  source: string;
  external_id: string;
  apply_url: string | null;
  canonical_key: string;
  content_hash: string;
}

export interface JobSourceRef {
  source: string;
  external_id: string;
  url: string;
  apply_url: string | null;
}

/** What the normalizer writes back: the structured reading of a posting. */
export type NormalizedFields = Pick<
  JobRow,
  | 'location'
  | 'location_type'
  | 'salary_min'
  | 'salary_max'
  | 'salary_currency'
  | 'salary_period'
  | 'salary_annual_min'
  | 'salary_annual_max'
  | 'posted_date'
  | 'skills'
  | 'requirements'
> & { company_id: string };

/** Jobs and the places they were seen; shared by every user. */
@Injectable()
export class JobsRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async findBySource(q: Queryable, source: string, externalId: string): Promise<JobRow | null> {
    const rows = await queryRows<JobRow>(
      q,
      `SELECT j.* FROM job_sources s JOIN jobs j ON j.id = s.job_id WHERE s.source = $1 AND s.external_id = $2`,
      [source, externalId],
    );
    return rows[0] ?? null;
  }

  async findByCanonicalKeyOrUrl(q: Queryable, key: string, url: string): Promise<JobRow | null> {
    const rows = await queryRows<JobRow>(
      q,
      `SELECT * FROM jobs WHERE canonical_key = $1 OR url = $2 LIMIT 1`,
      [key, url],
    );
    return rows[0] ?? null;
  }

  /** Recent jobs of one company: the candidates for a near-duplicate check. */
  async sameCompany(
    q: Queryable,
    companyKey: string,
    limit = 200,
  ): Promise<Array<Pick<JobRow, 'id' | 'title' | 'description'>>> {
    return queryRows(
      q,
      `SELECT id, title, description FROM jobs WHERE company_key = $1 ORDER BY created_at DESC LIMIT $2`,
      [companyKey, limit],
    );
  }

  async insert(q: Queryable, job: NewJob): Promise<string> {
    const cols = Object.keys(job) as Array<keyof NewJob>;
    const rows = await queryRows<{ id: string }>(
      q,
      `INSERT INTO jobs (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      cols.map((c) => job[c]),
    );
    return rows[0]!.id;
  }

  /** Records where a job was seen; returns false when this source/id pair was already known. */
  async addSource(q: Queryable, jobId: string, ref: JobSourceRef): Promise<boolean> {
    const rows = await queryRows(
      q,
      `INSERT INTO job_sources (job_id, source, external_id, url, apply_url) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (source, external_id) DO UPDATE SET last_seen_at = NOW(), url = EXCLUDED.url
       RETURNING (xmax = 0) AS inserted`,
      [jobId, ref.source, ref.external_id, ref.url, ref.apply_url],
    );
    return Boolean((rows[0] as { inserted?: boolean } | undefined)?.inserted);
  }

  async setApplyUrl(q: Queryable, jobId: string, applyUrl: string): Promise<void> {
    await q.query(`UPDATE jobs SET apply_url = $2, updated_at = NOW() WHERE id = $1`, [jobId, applyUrl]);
  }

  /** A changed posting: new text, hash and raw fields; the later stages run again. */
  async updateContent(
    q: Queryable,
    jobId: string,
    job: Omit<NewJob, 'url' | 'canonical_key' | 'source' | 'external_id'>,
  ): Promise<void> {
    const cols = Object.keys(job) as Array<keyof typeof job>;
    await q.query(
      `UPDATE jobs SET ${cols.map((c, i) => `${c} = $${i + 2}`).join(', ')}, normalized_at = NULL, indexed_at = NULL,
       is_active = TRUE, updated_at = NOW() WHERE id = $1`,
      [jobId, ...cols.map((c) => job[c])],
    );
  }

  async get(q: Queryable, id: string): Promise<JobRow | null> {
    const rows = await queryRows<JobRow>(q, `SELECT * FROM jobs WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async sources(q: Queryable, jobId: string): Promise<JobSourceRef[]> {
    return queryRows(
      q,
      `SELECT source, external_id, url, apply_url FROM job_sources WHERE job_id = $1 ORDER BY first_seen_at, source`,
      [jobId],
    );
  }

  async upsertCompany(q: Queryable, name: string, normalizedName: string): Promise<string> {
    const rows = await queryRows<{ id: string }>(
      q,
      `INSERT INTO companies (name, normalized_name) VALUES ($1, $2)
       ON CONFLICT (normalized_name) DO UPDATE SET name = companies.name RETURNING id`,
      [name, normalizedName],
    );
    return rows[0]!.id;
  }

  async saveNormalized(q: Queryable, jobId: string, n: NormalizedFields): Promise<void> {
    await q.query(
      `UPDATE jobs SET company_id = $2, location = $3, location_type = $4, salary_min = $5, salary_max = $6,
         salary_currency = $7, salary_period = $8, salary_annual_min = $9, salary_annual_max = $10,
         posted_date = $11, skills = $12, requirements = $13, normalized_at = NOW(), updated_at = NOW()
       WHERE id = $1`,
      [
        jobId,
        n.company_id,
        n.location,
        n.location_type,
        n.salary_min,
        n.salary_max,
        n.salary_currency,
        n.salary_period,
        n.salary_annual_min,
        n.salary_annual_max,
        n.posted_date,
        JSON.stringify(n.skills),
        JSON.stringify(n.requirements),
      ],
    );
  }

  async markIndexed(q: Queryable, jobId: string, embeddingId: string): Promise<void> {
    await q.query(`UPDATE jobs SET indexed_at = NOW(), embedding_id = $2 WHERE id = $1`, [
      jobId,
      embeddingId,
    ]);
  }

  /** Every indexed job, for rebuilding the projections (BM25, vector store) from PostgreSQL. */
  async *streamIndexed(batch = 500): AsyncGenerator<JobRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await queryRows<JobRow>(
        this.ds,
        `SELECT * FROM jobs WHERE indexed_at IS NOT NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, batch],
      );
      for (const r of rows) yield r;
      if (rows.length < batch) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async countIndexed(): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      this.ds,
      `SELECT count(*)::int AS n FROM jobs WHERE indexed_at IS NOT NULL`,
    );
    return rows[0]?.n ?? 0;
  }

  /** Active, indexed jobs in id order, a page at a time (the matcher walks them for a new resume). */
  async activeIndexedPage(q: Queryable, after: string | null, limit: number): Promise<JobRow[]> {
    return queryRows<JobRow>(
      q,
      `SELECT * FROM jobs WHERE is_active AND indexed_at IS NOT NULL AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after, limit],
    );
  }

  get dataSource(): DataSource {
    return this.ds;
  }
}
