import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../data-source';

export interface JobListFilters {
  q?: string;
  sources?: string[];
  location_types?: string[];
  company?: string;
  /** Annual salary: jobs whose top of range reaches this. */
  salary_min?: number;
  posted_after?: string;
  min_score?: number;
  sort: 'posted_date' | 'created_at' | 'match_score' | 'salary';
  order: 'asc' | 'desc';
  page: number;
  limit: number;
}

const SORT_SQL: Record<JobListFilters['sort'], string> = {
  posted_date: 'j.posted_date',
  created_at: 'j.created_at',
  match_score: 'm.overall_score',
  salary: 'j.salary_annual_max',
};

const LIST_COLUMNS = `j.id, j.title, j.company_name AS company, j.location, j.location_type, j.salary_min, j.salary_max,
  j.salary_currency, j.salary_period, j.salary_annual_min, j.salary_annual_max, j.salary_text, j.posted_date,
  j.source, j.url, j.apply_url, j.skills, j.indexed_at, j.created_at,
  m.overall_score AS match_score, m.skills_score, m.experience_score, m.education_score`;

/** Reads for the job list and job detail, with the caller's match score joined in. */
@Injectable()
export class JobListingRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async list(
    userId: string,
    f: JobListFilters,
  ): Promise<{ jobs: Array<Record<string, unknown>>; total: number }> {
    const where: string[] = ['j.is_active'];
    const params: unknown[] = [userId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.q)
      add(
        `(j.title ILIKE ? OR j.company_name ILIKE $${params.length + 1})`,
        `%${f.q.replace(/[%_\\]/g, '\\$&')}%`,
      );
    if (f.sources?.length) add('j.source = ANY(?)', f.sources);
    if (f.location_types?.length) add('j.location_type = ANY(?)', f.location_types);
    if (f.company) add('j.company_key = lower(?)', f.company);
    if (f.salary_min !== undefined)
      add('COALESCE(j.salary_annual_max, j.salary_annual_min) >= ?', f.salary_min);
    if (f.posted_after) add('j.posted_date >= ?::date', f.posted_after);
    if (f.min_score !== undefined) add('m.overall_score >= ?', f.min_score);
    const from = `FROM jobs j LEFT JOIN LATERAL (
        SELECT ms.* FROM job_match_scores ms JOIN resumes r ON r.id = ms.resume_id AND r.is_active
        WHERE ms.user_id = $1 AND ms.job_id = j.id AND ms.resume_hash = r.content_hash LIMIT 1) m ON TRUE
      WHERE ${where.join(' AND ')}`;
    const total = await queryRows<{ n: number }>(this.ds, `SELECT count(*)::int AS n ${from}`, params);
    const order = `${SORT_SQL[f.sort]} ${f.order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, j.created_at DESC, j.id`;
    const jobs = await queryRows<Record<string, unknown>>(
      this.ds,
      `SELECT ${LIST_COLUMNS} ${from} ORDER BY ${order} LIMIT ${f.limit} OFFSET ${(f.page - 1) * f.limit}`,
      params,
    );
    return { jobs, total: total[0]?.n ?? 0 };
  }
}
