import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const JobNormalizedV1 = defineEvent({
  subject: 'jobs.job.normalized.v1',
  stream: 'JOBS',
  schema: z.object({
    job_id: z.string().uuid(),
    content_hash: z.string().min(1),
    task_id: z.string().uuid().nullable(),
  }),
  msgId: (p) => `normalized:${p.job_id}:${p.content_hash}`,
});
