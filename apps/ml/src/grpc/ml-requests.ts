import { status } from '@grpc/grpc-js';
import { COLLECTION_NAMES, type CollectionName } from '@app/vector';
import { GrpcStatusError, invalidArgument, resourceExhausted } from './grpc-errors';

/** Request size limits; gRPC's own 4 MiB message cap sits above them. */
export interface MlLimits {
  /** Characters in one text (Embed, each EmbedBatch text, a Rerank document, a query). */
  maxTextChars: number;
  maxBatchTexts: number;
  /** Characters over all texts of one EmbedBatch. */
  maxBatchChars: number;
  maxRerankDocuments: number;
  maxSearchTopK: number;
  /** Characters of an ExtractSkills text (a long job description fits easily). */
  maxSkillsChars: number;
}

export const DEFAULT_ML_LIMITS: MlLimits = {
  maxTextChars: 20_000,
  maxBatchTexts: 256,
  maxBatchChars: 1_000_000,
  maxRerankDocuments: 500,
  maxSearchTopK: 100,
  maxSkillsChars: 200_000,
};

/** A text that is present and within the limit; whitespace-only counts as empty. */
export function requireText(value: unknown, field: string, maxChars: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw invalidArgument(`${field} is empty`);
  if (value.length > maxChars) {
    throw resourceExhausted(`${field} has ${value.length} characters, at most ${maxChars} are accepted`);
  }
  return value;
}

export function requireBatch(texts: unknown, limits: MlLimits): string[] {
  if (!Array.isArray(texts) || texts.length === 0) throw invalidArgument('texts is empty');
  if (texts.length > limits.maxBatchTexts) {
    throw resourceExhausted(`batch has ${texts.length} texts, at most ${limits.maxBatchTexts} are accepted`);
  }
  let total = 0;
  const out = texts.map((t, i) => {
    const text = requireText(t, `texts[${i}]`, limits.maxTextChars);
    total += text.length;
    return text;
  });
  if (total > limits.maxBatchChars) {
    throw resourceExhausted(
      `batch has ${total} characters in all, at most ${limits.maxBatchChars} are accepted`,
    );
  }
  return out;
}

const VALID = COLLECTION_NAMES.join(', ');

/** Empty → INVALID_ARGUMENT; unknown → NOT_FOUND; both name the valid collections. */
export function requireCollection(name: unknown): CollectionName {
  if (typeof name !== 'string' || name.length === 0) {
    throw invalidArgument(`collection is required; valid collections: ${VALID}`);
  }
  if (!(COLLECTION_NAMES as string[]).includes(name)) {
    throw new GrpcStatusError(status.NOT_FOUND, `unknown collection "${name}"; valid collections: ${VALID}`);
  }
  return name as CollectionName;
}

/** proto3 int32: 0 means "not set". Returns undefined for unset, else the checked value. */
export function optionalTopK(value: number, max: number): number | undefined {
  if (value === 0) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw invalidArgument(`top_k must be between 1 and ${max} (0 means the default), got ${value}`);
  }
  return value;
}

/**
 * proto3 float: 0 means "not set", so the service default applies; a caller who wants almost
 * pure BM25 sends a small positive weight. NaN or values outside [0, 1] are refused.
 */
export function optionalVectorWeight(value: number): number | undefined {
  if (value === 0) return undefined;
  if (!(value >= 0 && value <= 1)) {
    throw invalidArgument(`vector_weight must be within [0, 1] (0 means the default), got ${value}`);
  }
  return value;
}

/** map<string,string> filters; empty keys or values are refused rather than silently dropped. */
export function toFilters(filters: Record<string, string> | undefined): Record<string, string> | undefined {
  const entries = Object.entries(filters ?? {});
  if (entries.length === 0) return undefined;
  for (const [k, v] of entries) {
    if (!k) throw invalidArgument('filters has an empty key');
    if (!v) throw invalidArgument(`filters.${k} is empty`);
  }
  return Object.fromEntries(entries);
}
