import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const JobIndexedV1 = defineEvent({
  subject: 'jobs.job.indexed.v1',
  stream: 'JOBS',
  schema: z.object({
    job_id: z.string().uuid(),
    content_hash: z.string().min(1),
    model: z.string().min(1),
    task_id: z.string().uuid().nullable(),
  }),
  msgId: (p) => `indexed:${p.job_id}:${p.content_hash}:${p.model}`,
});
