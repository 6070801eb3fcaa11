import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { salaryFromBounds } from '../../normalize/salary-bounds';
import { buildJobs, isRecord, num, parseJson, shapeError, str, type Json, type RawJob } from '../common';

function toRaw(job: Json): RawJob {
  const id = str(job.id) ?? str(job.slug);
  return {
    title: str(job.position),
    company: str(job.company),
    location: str(job.location),
    // Every RemoteOK job is remote; `location` only narrows where from ("" when anywhere).
    locationHints: { remote: true },
    // salary_min/max are yearly USD; 0 means not given.
    salary: salaryFromBounds({
      min: num(job.salary_min),
      max: num(job.salary_max),
      currency: 'USD',
      period: 'year',
    }),
    descriptionHtml: str(job.description),
    posted: str(job.date) ?? num(job.epoch),
    url: str(job.url) ?? (id ? `https://remoteok.com/remote-jobs/${id}` : null),
    applyUrl: str(job.apply_url),
    externalId: id,
  };
}

/**
 * RemoteOK `/api`: a JSON array whose first element is the legal notice `{ last_updated, legal }`;
 * the rest are jobs. Text is repaired for the double-encoded UTF-8 the API serves (via cleanText).
 */
export const remoteokParser: SourceParser = {
  source: 'remoteok',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const data = parseJson(body, 'remoteok');
    if (!Array.isArray(data)) throw shapeError('remoteok', 'a JSON array (legal notice, then jobs)');
    const jobs = data
      .filter(isRecord)
      .filter((item) => item.legal === undefined && item.position !== undefined);
    if (data.length > 0 && jobs.length === 0 && !data.every((i) => isRecord(i) && i.legal !== undefined)) {
      throw shapeError('remoteok', 'job objects with a `position` field');
    }
    return buildJobs('remoteok', jobs.map(toRaw), ctx);
  },
};
