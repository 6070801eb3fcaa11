import type { NormalizedJob, ParseContext, SourceParser } from '../../types';
import { htmlToText } from '../../normalize/text';
import { arr, buildJobs, isRecord, num, parseJson, shapeError, str, type Json, type RawJob } from '../common';
import { parseHeader } from './first-line';

interface Comment {
  id: string | null;
  html: string | null;
  posted: string | number | null;
}

/** Splits a comment at its first paragraph break: header line, then the body. */
function splitComment(html: string): { first: string; rest: string } {
  const m = /<p>|\n/i.exec(html);
  if (!m) return { first: html, rest: '' };
  return { first: html.slice(0, m.index), rest: html.slice(m.index) };
}

function toRaw(c: Comment): RawJob | null {
  if (!c.html || !c.id) return null;
  const { first, rest } = splitComment(c.html);
  const header = parseHeader(htmlToText(first).replace(/\n/g, ' '));
  if (!header) return null;
  const location =
    header.location && header.mode ? `${header.location} / ${header.mode}` : (header.location ?? header.mode);
  return {
    title: header.title,
    company: header.company,
    location,
    salaryText: header.salary,
    // Line breaks inside a paragraph are the poster's own bullets ("\n• …"): keep them.
    descriptionHtml: (rest.trim() ? rest : c.html).replace(/\n/g, '<br>'),
    posted: c.posted,
    url: `https://news.ycombinator.com/item?id=${c.id}`,
    applyUrl: header.link,
    externalId: c.id,
  };
}

/** Algolia items API (`/api/v1/items/<story>`): the story with top-level comments in `children`. */
function fromItemTree(data: Json): Comment[] {
  return arr(data.children)
    .filter(isRecord)
    .map((c) => ({ id: str(c.id), html: str(c.text), posted: str(c.created_at) ?? num(c.created_at_i) }));
}

/** Algolia search (`/api/v1/search?tags=comment,story_<id>`): hits; replies to comments are skipped. */
function fromSearchHits(data: Json): Comment[] {
  return arr(data.hits)
    .filter(isRecord)
    .filter((h) => h.parent_id === undefined || h.story_id === undefined || h.parent_id === h.story_id)
    .map((h) => ({
      id: str(h.objectID),
      html: str(h.comment_text),
      posted: str(h.created_at) ?? num(h.created_at_i),
    }));
}

/**
 * Hacker News "Who is hiring?" threads. Each top-level comment is one posting whose first line
 * follows `Company | Role | Location | REMOTE | salary | URL`; comments without that line are skipped.
 */
export const hackernewsParser: SourceParser = {
  source: 'hackernews',
  parse(body: string, ctx: ParseContext): NormalizedJob[] {
    const data = parseJson(body, 'hackernews');
    let comments: Comment[];
    if (isRecord(data) && Array.isArray(data.children)) comments = fromItemTree(data);
    else if (isRecord(data) && Array.isArray(data.hits)) comments = fromSearchHits(data);
    else
      throw shapeError(
        'hackernews',
        'an Algolia item tree { children: [...] } or search hits { hits: [...] }',
      );
    const raws = comments.map(toRaw).filter((r): r is RawJob => r !== null);
    return buildJobs('hackernews', raws, ctx);
  },
};
