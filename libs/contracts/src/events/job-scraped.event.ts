import { z } from 'zod';
import { shortHash } from '../envelope';
import { defineEvent } from '../event-definition';
import { scrapedJobSchema } from './job.schema';

export const JobScrapedV1 = defineEvent({
  subject: 'jobs.job.scraped.v1',
  stream: 'JOBS',
  schema: z.object({
    task_id: z.string().uuid().nullable(),
    scraped_at: z.string().datetime({ offset: true }),
    job: scrapedJobSchema,
  }),
  // Same source, same posting, same content → same id: a re-scrape inside the window is dropped.
  msgId: (p) => `scraped:${p.job.source}:${p.job.external_id}:${shortHash(p.job, 16)}`,
});
