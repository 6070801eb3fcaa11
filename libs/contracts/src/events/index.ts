import { JobIndexedV1 } from './job-indexed.event';
import { JobNormalizedV1 } from './job-normalized.event';
import { JobScrapedV1 } from './job-scraped.event';
import { JobUniqueV1 } from './job-unique.event';
import { MatchCalculatedV1 } from './match-calculated.event';
import { ResumeIndexedV1 } from './resume-indexed.event';
import { ResumeUploadedV1 } from './resume-uploaded.event';
import { ScrapeRequestedV1 } from './scrape-requested.event';

export * from './job.schema';
export {
  JobIndexedV1,
  JobNormalizedV1,
  JobScrapedV1,
  JobUniqueV1,
  MatchCalculatedV1,
  ResumeIndexedV1,
  ResumeUploadedV1,
  ScrapeRequestedV1,
};

/** Every event of the system, by subject: publish and handle are type-checked against it. */
export const EVENTS = {
  [ScrapeRequestedV1.subject]: ScrapeRequestedV1,
  [JobScrapedV1.subject]: JobScrapedV1,
  [JobUniqueV1.subject]: JobUniqueV1,
  [JobNormalizedV1.subject]: JobNormalizedV1,
  [JobIndexedV1.subject]: JobIndexedV1,
  [ResumeUploadedV1.subject]: ResumeUploadedV1,
  [ResumeIndexedV1.subject]: ResumeIndexedV1,
  [MatchCalculatedV1.subject]: MatchCalculatedV1,
} as const;

export type EventMap = typeof EVENTS;
export type Subject = keyof EventMap;
