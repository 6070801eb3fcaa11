// Section-aware resume chunking: headings split the resume into sections, long sections are
// packed into chunks at paragraph/bullet/sentence boundaries. Offsets always point into the source.
import type { ResumeChunk, ResumeChunkOptions, ResumeFormat, ResumeSection } from './chunk.types';
import { headingAt, isContactLine } from './resume-headings.rules';
import { packSpan, trimSpan } from './span.packer';
import { resolveOptions, withOverlap } from './text.chunker';

interface Segment {
  section: ResumeSection;
  heading: string | null;
  start: number;
  end: number;
  readonly subHeadings: Set<number>;
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function chunkResume(source: string, options: ResumeChunkOptions): ResumeChunk[] {
  const { maxChars, overlap } = resolveOptions(options);
  const chunks: ResumeChunk[] = [];
  for (const seg of segmentResume(source, options.format)) {
    const spans = withOverlap(
      source,
      packSpan(source, seg.start, seg.end, maxChars, seg.subHeadings),
      overlap,
    );
    for (const [start, end] of spans) {
      chunks.push({
        ordinal: chunks.length,
        section: seg.section,
        heading: seg.heading,
        text: source.slice(start, end),
        start,
        end,
      });
    }
  }
  return chunks;
}

/** Guesses whether a resume is Markdown (ATX/setext headings, bold, links) or plain text. */
export function detectResumeFormat(source: string): ResumeFormat {
  const atx = (source.match(/^ {0,3}#{1,6}\s+\S/gm) ?? []).length;
  const setext = (source.match(/^[^\n\s-][^\n]*\n {0,3}(?:={3,}|-{3,})\s*$/gm) ?? []).length;
  const bold = (source.match(/\*\*[^*\n]+\*\*|__[^_\n]+__/g) ?? []).length;
  const links = (source.match(/\[[^\]\n]+\]\([^)\s]+\)/g) ?? []).length;
  return atx + setext > 0 || bold + links >= 2 ? 'markdown' : 'text';
}

/** Splits the source into sections; the text before the first known heading is contact + summary. */
export function segmentResume(source: string, format: ResumeFormat): Segment[] {
  const lines = splitLines(source);
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = headingAt(line.text, lines[i + 1]?.text, format);
    if (!h) continue;
    const startsSection = h.section !== undefined || (current !== undefined && h.level <= level);
    if (startsSection) {
      if (current) current.end = line.start;
      current = {
        section: h.section ?? 'other',
        heading: h.text,
        start: line.start,
        end: source.length,
        subHeadings: new Set(),
      };
      segments.push(current);
      level = h.level;
    } else if (current) {
      current.subHeadings.add(line.start);
    }
    i += h.lines - 1;
  }
  const preambleEnd = segments[0]?.start ?? source.length;
  return [...splitPreamble(source, lines, preambleEnd), ...segments];
}

/** Name, headline and contact lines at the top → 'contact'; the prose after them → 'summary'. */
function splitPreamble(source: string, lines: readonly Line[], end: number): Segment[] {
  const inside = lines.filter((l) => l.end <= end && l.text.trim().length > 0);
  let contactEnd = 0;
  let leading = true;
  for (const [k, line] of inside.entries()) {
    const short = line.text.trim().length <= 80 && !/[.!?]\s*$/.test(line.text.trim());
    leading = leading && short;
    if (leading || (k < 10 && isContactLine(line.text))) contactEnd = line.end;
  }
  const out: Segment[] = [];
  const [cs, ce] = trimSpan(source, 0, contactEnd);
  if (ce > cs) out.push({ section: 'contact', heading: null, start: cs, end: ce, subHeadings: new Set() });
  const [ss, se] = trimSpan(source, contactEnd, end);
  if (se > ss) out.push({ section: 'summary', heading: null, start: ss, end: se, subHeadings: new Set() });
  return out;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    lines.push({ text: source.slice(start, end).replace(/\r$/, ''), start, end });
    if (end === source.length) break;
    start = end + 1;
  }
  return lines;
}
