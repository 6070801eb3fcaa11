import { z } from 'zod';
import { parseDuration } from './duration';

/** YAML and ${VAR} values arrive as strings; these accept both and say what was wrong. */
const int = (min = 0, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const port = () => int(1, 65535);
const bool = () =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    if (/^(true|1|yes|on)$/i.test(v)) return true;
    if (/^(false|0|no|off)$/i.test(v)) return false;
    return v;
  }, z.boolean());
const duration = () =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    try {
      return parseDuration(v);
    } catch (e) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: (e as Error).message });
      return z.NEVER;
    }
  });
const optionalSecret = () =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined));

const llmBackend = z
  .object({ api_key: optionalSecret(), model: z.string().min(1), base_url: z.string().url().optional() })
  .strict();

export const configSchema = z
  .object({
    env: z.enum(['development', 'test', 'production']).default('development'),
    data_dir: z.string().min(1),
    server: z
      .object({
        host: z.string().min(1),
        port: port(),
        read_timeout: duration(),
        write_timeout: duration(),
        body_limit: int(1024).default(1_048_576),
        trust_proxy: bool().default(false),
      })
      .strict(),
    database: z
      .object({
        postgres: z
          .object({
            host: z.string().min(1),
            port: port(),
            user: z.string().min(1),
            password: z.string().min(1, 'is required (set POSTGRES_PASSWORD)'),
            database: z.string().min(1),
            pool_size: int(1, 500),
          })
          .strict(),
        qdrant: z
          .object({
            url: z
              .string()
              .url()
              .optional()
              .or(z.literal('').transform(() => undefined)),
            host: z.string().min(1),
            port: port(),
            api_key: optionalSecret(),
            collection_prefix: z.string().min(1),
          })
          .strict(),
      })
      .strict(),
    nats: z
      .object({
        url: z.string().min(1),
        /** Prefix for stream names and subjects; tests use one per file. Empty in production. */
        prefix: z
          .string()
          .regex(/^[a-z0-9_]*$/, 'lower-case letters, digits and _ only')
          .default(''),
        retention: duration(),
        storage: z.enum(['file', 'memory']).default('file'),
        replicas: int(1, 5).default(1),
        duplicate_window: duration(),
      })
      .strict(),
    ml_service: z.object({ host: z.string().min(1), port: port(), timeout: duration() }).strict(),
    models: z
      .object({
        dir: z.string().min(1),
        embedding: z.string().min(1),
        /** A cross-encoder by manifest name; empty: the first one models/manifest.json lists, if any. */
        cross_encoder: z.string().default(''),
        max_tokens: int(8, 512),
        threads: int(1, 64),
        max_batch: int(1, 256),
        max_wait: duration(),
        rerank_top_k: int(1, 200),
      })
      .strict(),
    scraper: z
      .object({
        concurrency: int(1, 100),
        browser_pages: int(1, 50).default(10),
        rate_limit: z.record(z.string(), duration()),
        retry: z.object({ max_attempts: int(1, 20), backoff: duration() }).strict(),
        proxies: z.array(z.string().url()).default([]),
        respect_robots: bool().default(true),
        user_agent: z.string().min(1),
        base_urls: z.record(z.string(), z.string().url()).default({}),
        /** Origins let past the SSRF guard for "import a job by URL" (tests); redirects are still checked. */
        import_allow_origins: z.array(z.string().url()).default([]),
      })
      .strict(),
    llm: z
      .object({
        default_backend: z.enum(['groq', 'openai', 'claude', 'gemini', 'ollama', 'local']),
        groq: llmBackend,
        openai: llmBackend,
        claude: llmBackend,
        gemini: llmBackend.optional(),
        ollama: llmBackend.optional(),
      })
      .strict(),
    cache: z.object({ enabled: bool(), ttl: duration(), max_size: int(0) }).strict(),
    rate_limit: z.object({ enabled: bool(), requests_per_minute: int(1), burst: int(1) }).strict(),
    cors: z
      .object({
        allowed_origins: z.array(z.string().min(1)),
        allowed_methods: z.array(z.string().min(1)),
        allowed_headers: z.array(z.string().min(1)),
        max_age: int(0),
      })
      .strict(),
    auth: z
      .object({
        session_ttl: duration(),
        login_max_failures: int(1, 1000),
        login_window: duration(),
        login_lockout: duration(),
      })
      .strict(),
    logging: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) })
      .strict(),
  })
  .strict();

export type AppConfig = z.output<typeof configSchema>;
