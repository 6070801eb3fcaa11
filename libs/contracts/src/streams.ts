/** One stream per domain; subjects of a domain all start with its lower-case name. */
export const STREAMS = {
  SCRAPE: { subjects: ['scrape.>'], description: 'Scrape requests and per-source progress' },
  JOBS: { subjects: ['jobs.>'], description: 'Job postings through dedup, normalize, embed' },
  RESUMES: { subjects: ['resumes.>'], description: 'Resume uploads and indexing' },
  MATCHES: { subjects: ['matches.>'], description: 'Match scores calculated' },
  DLQ: { subjects: ['dlq.>'], description: 'Dead letters with the error and original headers' },
} as const;

export type StreamName = keyof typeof STREAMS;
export const STREAM_NAMES = Object.keys(STREAMS) as StreamName[];

/** The domain prefix of a stream's subjects ("JOBS" → "jobs"). */
export const streamDomain = (stream: StreamName): string => stream.toLowerCase();
