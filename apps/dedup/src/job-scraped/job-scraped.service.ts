import { Inject, Injectable } from '@nestjs/common';
import { JobUniqueV1, type PayloadOf, type JobScrapedV1 } from '@app/contracts';
import { JobsRepository, type JobRow } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import {
  canonicalJobKey,
  employerApplyUrl,
  isNearDuplicate,
  jobContentHash,
  normalizeCompanyName,
  normalizeTitle,
} from '@app/scraping';

export type DedupOutcome = 'new' | 'updated' | 'unchanged' | 'merged';

/**
 * One row per real posting: a job already seen from the same source is updated in place,
 * the same posting from another source (same company/title/location key, or a near-identical
 * description) merges its URL into the existing job instead of creating a row.
 */
@Injectable()
export class JobScrapedService {
  constructor(@Inject(JobsRepository) private readonly jobs: JobsRepository) {}

  async dedup(payload: PayloadOf<typeof JobScrapedV1>, ctx: HandlerContext): Promise<DedupOutcome> {
    const { job } = payload;
    const tx = ctx.tx;
    const companyKey = normalizeCompanyName(job.company) || job.company.toLowerCase();
    // Same-company postings are decided one at a time, so two boards racing cannot both insert.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`dedup:${companyKey}`]);
    const hash = jobContentHash(job);
    const ref = {
      source: job.source,
      external_id: job.external_id,
      url: job.url,
      apply_url: job.apply_url ?? null,
    };
    const seen = await this.jobs.findBySource(tx, job.source, job.external_id);
    if (seen) {
      await this.jobs.addSource(tx, seen.id, ref);
      if (seen.content_hash === hash) return 'unchanged';
      await this.jobs.updateContent(tx, seen.id, {
        ...this.fields(job, companyKey),
        content_hash: hash,
        apply_url: employerApplyUrl(job) ?? seen.apply_url,
      });
      await ctx.emit(JobUniqueV1, {
        job_id: seen.id,
        task_id: payload.task_id,
        content_hash: hash,
        scraped_at: payload.scraped_at,
      });
      return 'updated';
    }
    const key = canonicalJobKey(job);
    const match =
      (await this.jobs.findByCanonicalKeyOrUrl(tx, key, job.url)) ??
      (await this.nearDuplicate(tx, companyKey, job));
    if (match) {
      await this.jobs.addSource(tx, match.id, ref);
      const preferred = employerApplyUrl(job);
      if (preferred && preferred !== match.apply_url) await this.jobs.setApplyUrl(tx, match.id, preferred);
      ctx.log.debug({ jobId: match.id, source: job.source }, 'duplicate posting merged');
      return 'merged';
    }
    const id = await this.jobs.insert(tx, {
      ...this.fields(job, companyKey),
      url: job.url,
      source: job.source,
      external_id: job.external_id,
      canonical_key: key,
      content_hash: hash,
      apply_url: employerApplyUrl(job),
    });
    await this.jobs.addSource(tx, id, ref);
    await ctx.emit(JobUniqueV1, {
      job_id: id,
      task_id: payload.task_id,
      content_hash: hash,
      scraped_at: payload.scraped_at,
    });
    return 'new';
  }

  private fields(job: PayloadOf<typeof JobScrapedV1>['job'], companyKey: string) {
    return {
      title: job.title,
      company_name: job.company,
      company_key: companyKey,
      location: job.location,
      location_type: job.location_type,
      salary_min: job.salary_min === null ? null : Math.round(job.salary_min),
      salary_max: job.salary_max === null ? null : Math.round(job.salary_max),
      salary_currency: job.salary_currency,
      salary_period: job.salary_period,
      salary_text: job.salary_text,
      description: job.description,
      posted_date: job.posted_date,
      scraped_at: new Date().toISOString(),
    };
  }

  private async nearDuplicate(
    tx: HandlerContext['tx'],
    companyKey: string,
    job: PayloadOf<typeof JobScrapedV1>['job'],
  ): Promise<Pick<JobRow, 'id' | 'apply_url'> | null> {
    const mine = { normalizedTitle: normalizeTitle(job.title), description: job.description };
    for (const c of await this.jobs.sameCompany(tx, companyKey)) {
      if (isNearDuplicate(mine, { normalizedTitle: normalizeTitle(c.title), description: c.description })) {
        const full = await this.jobs.get(tx, c.id);
        return full ? { id: full.id, apply_url: full.apply_url } : null;
      }
    }
    return null;
  }
}
