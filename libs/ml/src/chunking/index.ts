// Public face of chunking: section-aware resume chunks and general text chunks, with offsets.
export { chunkResume, detectResumeFormat } from './resume.chunker';
export { chunkText, DEFAULT_MAX_CHARS } from './text.chunker';
export { sectionForHeading } from './resume-headings.rules';
export type {
  ChunkOptions,
  ResumeChunk,
  ResumeChunkOptions,
  ResumeFormat,
  ResumeSection,
  TextChunk,
} from './chunk.types';
