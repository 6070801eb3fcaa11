import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const ResumeIndexedV1 = defineEvent({
  subject: 'resumes.resume.indexed.v1',
  stream: 'RESUMES',
  schema: z.object({
    resume_id: z.string().uuid(),
    user_id: z.string().uuid(),
    content_hash: z.string().min(1),
    chunks: z.number().int().nonnegative(),
    model: z.string().min(1),
  }),
  msgId: (p) => `resume-indexed:${p.resume_id}:${p.content_hash}:${p.model}`,
});
