import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PermanentError } from '@app/contracts';
import { JobListingRepository, JobsRepository, MatchScoresRepository } from '@app/db';
import type { ListJobsQuery } from './dto/list-jobs.query';

@Injectable()
export class JobsService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(JobListingRepository) private readonly listing: JobListingRepository,
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(MatchScoresRepository) private readonly scores: MatchScoresRepository,
  ) {}

  async list(userId: string, q: ListJobsQuery) {
    const page = q.page ?? 1;
    const limit = q.limit ?? 20;
    const { jobs, total } = await this.listing.list(userId, {
      q: q.q,
      sources: q.source,
      location_types: q.location_type,
      company: q.company,
      salary_min: q.salary_min,
      posted_after: q.posted_after,
      min_score: q.min_score,
      sort: q.sort_by ?? 'created_at',
      order: q.sort_order ?? 'desc',
      page,
      limit,
    });
    return { jobs, total, page, limit, pages: Math.ceil(total / limit) };
  }

  /** A job with every place it was seen and the caller's match score with its evidence. */
  async get(userId: string, id: string) {
    const job = await this.jobs.get(this.ds, id);
    if (!job) throw new PermanentError(`job ${id} not found`, 'not_found');
    const [sources, match] = await Promise.all([
      this.jobs.sources(this.ds, id),
      this.scores.forUserJob(userId, id),
    ]);
    const { canonical_key: _k, company_key: _c, embedding_id: _e, ...rest } = job;
    return {
      ...rest,
      company: job.company_name,
      sources,
      match: match && {
        overall_score: match.overall_score,
        skills_score: match.skills_score,
        experience_score: match.experience_score,
        education_score: match.education_score,
        matched_skills: match.matched_skills,
        missing_skills: match.missing_skills,
        evidence: match.evidence,
        calculated_at: match.calculated_at,
      },
    };
  }
}
