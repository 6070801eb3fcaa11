import { defineConsumer } from './consumers';
import {
  JobIndexedV1,
  JobNormalizedV1,
  JobScrapedV1,
  JobUniqueV1,
  ResumeIndexedV1,
  ResumeUploadedV1,
  ScrapeRequestedV1,
} from './events';

/** The durable consumers of the ingestion pipeline (scrape → dedup → normalize → embed → match). */
export const PIPELINE_CONSUMERS = {
  scraper: defineConsumer({
    durable: 'scraper',
    stream: 'SCRAPE',
    subjects: [ScrapeRequestedV1.subject],
    ackWaitMs: 60_000,
    maxDeliver: 3,
    concurrency: 2,
  }),
  dedup: defineConsumer({
    durable: 'dedup',
    stream: 'JOBS',
    subjects: [JobScrapedV1.subject],
    concurrency: 4,
  }),
  normalizer: defineConsumer({
    durable: 'normalizer',
    stream: 'JOBS',
    subjects: [JobUniqueV1.subject],
    concurrency: 8,
  }),
  jobEmbedder: defineConsumer({
    durable: 'embedder-jobs',
    stream: 'JOBS',
    subjects: [JobNormalizedV1.subject],
    // Enough in flight to fill one ONNX batch (max 32) while the previous one runs.
    concurrency: 32,
    maxAckPending: 512,
  }),
  resumeEmbedder: defineConsumer({
    durable: 'embedder-resumes',
    stream: 'RESUMES',
    subjects: [ResumeUploadedV1.subject],
    concurrency: 2,
  }),
  jobMatcher: defineConsumer({
    durable: 'matcher-jobs',
    stream: 'JOBS',
    subjects: [JobIndexedV1.subject],
    concurrency: 8,
  }),
  resumeMatcher: defineConsumer({
    durable: 'matcher-resumes',
    stream: 'RESUMES',
    subjects: [ResumeIndexedV1.subject],
    ackWaitMs: 120_000,
    concurrency: 1,
  }),
} as const;
