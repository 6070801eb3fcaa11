import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { SOURCE_NAME } from './job.schema';

export const ScrapeRequestedV1 = defineEvent({
  subject: 'scrape.task.requested.v1',
  stream: 'SCRAPE',
  schema: z.object({
    task_id: z.string().uuid(),
    user_id: z.string().uuid().nullable(),
    query: z.object({
      keywords: z.string().max(200),
      location: z.string().max(200).optional(),
      remote: z.boolean().optional(),
      board: z.string().max(100).optional(),
      max_pages: z.number().int().min(1).max(20).optional(),
    }),
    sources: z.array(SOURCE_NAME).min(1),
  }),
  msgId: (p) => `scrape-requested:${p.task_id}`,
});
