import { z } from 'zod';
import { defineEvent } from '../event-definition';

export const ResumeUploadedV1 = defineEvent({
  subject: 'resumes.resume.uploaded.v1',
  stream: 'RESUMES',
  schema: z.object({
    resume_id: z.string().uuid(),
    user_id: z.string().uuid(),
    content_hash: z.string().min(1),
  }),
  msgId: (p) => `resume-uploaded:${p.resume_id}:${p.content_hash}`,
});
