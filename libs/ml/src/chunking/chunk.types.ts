// Public types of resume and text chunking.

/** Normalised resume section a chunk belongs to. */
export type ResumeSection =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'publications'
  | 'awards'
  | 'languages'
  | 'contact'
  | 'other';

export type ResumeFormat = 'text' | 'markdown';

/** A slice of the source: `text === source.slice(start, end)` always holds (end exclusive). */
export interface TextChunk {
  readonly ordinal: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface ResumeChunk extends TextChunk {
  readonly section: ResumeSection;
  /** The heading as written ("Work History"), or null for text before the first heading. */
  readonly heading: string | null;
}

export interface ChunkOptions {
  /** Soft upper bound on chunk length; a single word longer than this is kept whole. Default 800. */
  readonly maxChars?: number;
  /**
   * Characters of the previous chunk (whole lines or sentences) repeated at the start of the
   * next chunk of the same section. Default 0. A chunk can exceed maxChars by up to this much.
   */
  readonly overlap?: number;
}

export interface ResumeChunkOptions extends ChunkOptions {
  readonly format: ResumeFormat;
}
