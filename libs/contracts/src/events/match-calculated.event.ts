import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const MatchCalculatedV1 = defineEvent({
  subject: 'matches.score.calculated.v1',
  stream: 'MATCHES',
  schema: z.object({
    user_id: z.string().uuid(),
    resume_id: z.string().uuid(),
    job_ids: z.array(z.string().uuid()),
    trigger: z.enum(['job', 'resume']),
    trigger_id: z.string().min(1),
  }),
  msgId: (p) => `match:${p.trigger}:${p.trigger_id}:${p.resume_id}`,
});
