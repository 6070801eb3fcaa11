import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type Queryable } from '../data-source';

export interface MatchScoreRow {
  user_id: string;
  resume_id: string;
  job_id: string;
  resume_hash: string;
  overall_score: number;
  skills_score: number | null;
  experience_score: number | null;
  education_score: number | null;
  matched_skills: unknown;
  missing_skills: unknown;
  evidence: unknown;
  calculated_at?: Date;
}

@Injectable()
export class MatchScoresRepository {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Natural-key upsert: scoring the same resume version against a job again replaces the row. */
  async upsert(q: Queryable, rows: readonly MatchScoreRow[]): Promise<void> {
    if (rows.length === 0) return;
    const cols = [
      'user_id',
      'resume_id',
      'job_id',
      'resume_hash',
      'overall_score',
      'skills_score',
      'experience_score',
      'education_score',
      'matched_skills',
      'missing_skills',
      'evidence',
    ] as const;
    const values = rows.map(
      (_, r) => `(${cols.map((_, c) => `$${r * cols.length + c + 1}`).join(', ')}, NOW())`,
    );
    const params = rows.flatMap((row) =>
      cols.map((c) =>
        c === 'matched_skills' || c === 'missing_skills' || c === 'evidence'
          ? JSON.stringify(row[c])
          : row[c],
      ),
    );
    await q.query(
      `INSERT INTO job_match_scores (${cols.join(', ')}, calculated_at) VALUES ${values.join(', ')}
       ON CONFLICT (user_id, job_id, resume_hash) DO UPDATE SET
         resume_id = EXCLUDED.resume_id, overall_score = EXCLUDED.overall_score, skills_score = EXCLUDED.skills_score,
         experience_score = EXCLUDED.experience_score, education_score = EXCLUDED.education_score,
         matched_skills = EXCLUDED.matched_skills, missing_skills = EXCLUDED.missing_skills,
         evidence = EXCLUDED.evidence, calculated_at = NOW()`,
      params,
    );
  }

  /** The caller's score for a job against their active resume. */
  async forUserJob(userId: string, jobId: string): Promise<MatchScoreRow | null> {
    const rows = await queryRows<MatchScoreRow>(
      this.ds,
      `SELECT m.* FROM job_match_scores m JOIN resumes r ON r.id = m.resume_id AND r.is_active
       WHERE m.user_id = $1 AND m.job_id = $2 AND m.resume_hash = r.content_hash
       ORDER BY m.calculated_at DESC LIMIT 1`,
      [userId, jobId],
    );
    return rows[0] ?? null;
  }

  async countForResume(q: Queryable, resumeId: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      q,
      `SELECT count(*)::int AS n FROM job_match_scores WHERE resume_id = $1`,
      [resumeId],
    );
    return rows[0]?.n ?? 0;
  }
}
