// General-purpose chunking (chat over resumes, job descriptions): paragraph/line/sentence aware.
import { PermanentError } from '@app/contracts';
import type { ChunkOptions, TextChunk } from './chunk.types';
import { overlapStart, packSpan } from './span.packer';

export const DEFAULT_MAX_CHARS = 800;

/** Splits text into chunks whose `text === source.slice(start, end)`. */
export function chunkText(source: string, options: ChunkOptions = {}): TextChunk[] {
  const { maxChars, overlap } = resolveOptions(options);
  const spans = withOverlap(source, packSpan(source, 0, source.length, maxChars), overlap);
  return spans.map(([start, end], ordinal) => ({ ordinal, text: source.slice(start, end), start, end }));
}

export function resolveOptions(options: ChunkOptions): { maxChars: number; overlap: number } {
  const maxChars = Math.floor(options.maxChars ?? DEFAULT_MAX_CHARS);
  const overlap = Math.floor(options.overlap ?? 0);
  if (!Number.isFinite(maxChars) || maxChars < 20)
    throw new PermanentError(`maxChars must be at least 20, got ${options.maxChars}`);
  if (!Number.isFinite(overlap) || overlap < 0 || overlap >= maxChars) {
    throw new PermanentError(`overlap must be in [0, maxChars), got ${options.overlap}`);
  }
  return { maxChars, overlap };
}

/** Moves each chunk's start back over the tail of the chunk before it (same run of spans). */
export function withOverlap(
  source: string,
  spans: Array<[number, number]>,
  overlap: number,
): Array<[number, number]> {
  if (overlap <= 0) return spans;
  return spans.map(([start, end], i) => {
    const prev = spans[i - 1];
    if (!prev) return [start, end];
    return [Math.min(start, overlapStart(source, prev[0], prev[1], overlap) ?? start), end];
  });
}
