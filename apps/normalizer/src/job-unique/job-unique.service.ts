import { Inject, Injectable } from '@nestjs/common';
import { JobNormalizedV1, PermanentError, type JobUniqueV1, type PayloadOf } from '@app/contracts';
import { JobsRepository } from '@app/db';
import type { HandlerContext } from '@app/messaging';
import {
  normalizeCompanyName,
  parseLocation,
  parseSalary,
  salaryFromBounds,
  type SalaryPeriod,
} from '@app/scraping';
import { summarizeJobSkills } from './job-skills';

/**
 * Turns a stored posting into structured data: salary range and period with annual values,
 * location and work mode, the company row, and the skills it asks for.
 */
@Injectable()
export class JobUniqueService {
  constructor(@Inject(JobsRepository) private readonly jobs: JobsRepository) {}

  async normalize(
    payload: PayloadOf<typeof JobUniqueV1>,
    ctx: HandlerContext,
  ): Promise<'normalized' | 'stale'> {
    const job = await this.jobs.get(ctx.tx, payload.job_id);
    if (!job) throw new PermanentError(`job ${payload.job_id} does not exist`, 'not_found');
    // A newer version of the posting is on its way through the pipeline; it will be normalized then.
    if (job.content_hash !== payload.content_hash) return 'stale';
    const salary =
      parseSalary(job.salary_text, { defaultCurrency: job.salary_currency ?? undefined }) ??
      salaryFromBounds({
        min: job.salary_min,
        max: job.salary_max,
        currency: job.salary_currency,
        period: (job.salary_period as SalaryPeriod | null) ?? null,
      });
    const location = parseLocation(job.location, {
      type: (job.location_type as 'remote' | 'hybrid' | 'onsite' | null) ?? null,
    });
    const companyName = job.company_name ?? 'Unknown';
    const companyId = await this.jobs.upsertCompany(
      ctx.tx,
      companyName,
      normalizeCompanyName(companyName) || companyName.toLowerCase(),
    );
    const skills = summarizeJobSkills(job.title, job.description);
    const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n));
    await this.jobs.saveNormalized(ctx.tx, job.id, {
      company_id: companyId,
      location: location.location ?? job.location,
      location_type: location.location_type ?? job.location_type,
      salary_min: round(salary?.min),
      salary_max: round(salary?.max),
      salary_currency: salary?.currency ?? job.salary_currency,
      salary_period: salary?.period ?? null,
      salary_annual_min: round(salary?.annualMin),
      salary_annual_max: round(salary?.annualMax),
      posted_date: job.posted_date,
      skills,
      requirements: {
        required: skills.filter((s) => s.requirement === 'required').map((s) => s.name),
        nice_to_have: skills.filter((s) => s.requirement === 'nice_to_have').map((s) => s.name),
        years: Math.max(0, ...skills.map((s) => s.years ?? 0)) || null,
      },
    });
    await ctx.emit(JobNormalizedV1, {
      job_id: job.id,
      content_hash: payload.content_hash,
      task_id: payload.task_id,
    });
    return 'normalized';
  }
}
