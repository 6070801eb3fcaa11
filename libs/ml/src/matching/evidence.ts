// Evidence spans: the line (or sentence, for long lines) around a match, trimmed of bullets.
import type { Evidence } from './match.types';

const MAX_EVIDENCE = 300;

/** The line around [start, end); a long line is narrowed to the sentence around the match. */
export function evidenceAt(text: string, start: number, end: number = start): Evidence {
  let s = text.lastIndexOf('\n', start - 1) + 1;
  let e = text.indexOf('\n', end);
  if (e < 0) e = text.length;
  if (e - s > MAX_EVIDENCE) [s, e] = sentenceAround(text, s, e, start, end);
  return spanOf(text, s, e);
}

/** Trimmed span (whitespace, bullet markers, Markdown emphasis at the edges). */
export function spanOf(text: string, start: number, end: number): Evidence {
  let s = start;
  let e = end;
  const head = /^[\s\-*+•▪◦●–#>_]+/.exec(text.slice(s, e));
  if (head && head[0].length < e - s) s += head[0].length;
  while (e > s && /[\s*_]/.test(text[e - 1]!)) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  return { text: text.slice(s, e), start: s, end: e };
}

function sentenceAround(
  text: string,
  lineStart: number,
  lineEnd: number,
  start: number,
  end: number,
): [number, number] {
  let s = start;
  while (s > lineStart && !/[.!?;•]\s$/.test(text.slice(s - 2, s)) && start - s < MAX_EVIDENCE / 2) s--;
  let e = end;
  while (e < lineEnd && !/[.!?;]/.test(text[e - 1] ?? '') && e - end < MAX_EVIDENCE / 2) e++;
  // Stay on word boundaries when the window limit, not punctuation, ended the scan.
  while (s > lineStart && /\S/.test(text[s - 1]!) && s < start) s++;
  while (e < lineEnd && /\S/.test(text[e]!) && e > end) e--;
  return [s, e];
}
