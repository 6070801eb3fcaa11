import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const JobUniqueV1 = defineEvent({
  subject: 'jobs.job.unique.v1',
  stream: 'JOBS',
  schema: z.object({
    job_id: z.string().uuid(),
    task_id: z.string().uuid().nullable(),
    content_hash: z.string().min(1),
    scraped_at: z.string().datetime({ offset: true }),
  }),
  msgId: (p) => `unique:${p.job_id}:${p.content_hash}`,
});
