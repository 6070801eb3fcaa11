import { z } from 'zod';

/** The ten job sources: CLI --source values, scrape task sources and the jobs.source column. */
export const SOURCE_NAMES = [
  'indeed',
  'dice',
  'wellfound',
  'ycombinator',
  'builtin',
  'greenhouse',
  'lever',
  'ashby',
  'remoteok',
  'hackernews',
] as const;
export const SOURCE_NAME = z.enum(SOURCE_NAMES);

/** A posting as a parser returns it (mirrors NormalizedJob in libs/scraping). */
export const scrapedJobSchema = z
  .object({
    title: z.string().min(1).max(500),
    company: z.string().min(1).max(255),
    location: z.string().max(255).nullable(),
    location_type: z.enum(['remote', 'hybrid', 'onsite']).nullable(),
    salary_min: z.number().nonnegative().nullable(),
    salary_max: z.number().nonnegative().nullable(),
    salary_currency: z.string().max(10).nullable(),
    salary_period: z.enum(['year', 'month', 'week', 'day', 'hour']).nullable(),
    salary_text: z.string().max(200).nullable(),
    description: z.string(),
    posted_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    url: z.string().url(),
    apply_url: z.string().url().nullable().optional(),
    source: SOURCE_NAME,
    external_id: z.string().min(1).max(200),
  })
  .strip();

export type ScrapedJob = z.infer<typeof scrapedJobSchema>;
