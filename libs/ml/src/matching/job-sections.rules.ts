// Which part of a posting an offset sits in, judged by the nearest known heading above it:
// nice-to-have lists, requirement lists, and company context (About us, Benefits) whose tools
// are the employer's, not the candidate's.

export type JobSectionKind = 'nice' | 'required' | 'context' | 'other';

const NICE =
  /^(?:nice[\s-]to[\s-]haves?|bonus(?:\s+points)?|preferred(?:\s+(?:qualifications|skills|experience))?|pluses|desirable|good[\s-]to[\s-]haves?|extra\s+credit)\b/i;
const REQUIRED =
  /^(?:requirements|required|qualifications|minimum\s+qualifications|basic\s+qualifications|must[\s-]haves?|what\s+you(?:'ll|\s+will)?\s+(?:need|bring)|who\s+you\s+are|about\s+you|you\s+have|what\s+we(?:'re|\s+are)\s+looking\s+for)\b/i;
const CONTEXT =
  /^(?:about(?!\s+(?:the\s+|this\s+)?(?:role|job|position|opportunity|you|team|work)\b)(?:\s+\S+){0,3}|who\s+we\s+are|our\s+(?:company|mission|story|values|culture)|benefits|perks(?:\s+(?:and|&)\s+benefits)?|what\s+we\s+offer|compensation(?:\s+(?:and|&)\s+benefits)?|equal\s+(?:employment\s+)?opportunity|eeo|why\s+join\s+us|life\s+at\s+\S+)$/i;
const OTHER =
  /^(?:responsibilities|what\s+you(?:'ll|\s+will)\s+do|the\s+role|about\s+the\s+(?:role|job|position|team)|role|overview|education|the\s+team|our\s+stack|tech\s+stack)\b/i;

/** The heading a line states, cleaned of Markdown and a trailing colon, or undefined. */
function headingOf(line: string): string | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || /^[-*•–]\s/.test(t) || /[.!?,;]$/.test(t)) return undefined;
  const clean = t.replace(/^#+\s*|^[*_]+|[*_:]+$/g, '').trim();
  return clean.length > 0 && clean.split(/\s+/).length <= 6 ? clean : undefined;
}

function kindOf(line: string): JobSectionKind | undefined {
  const h = headingOf(line);
  if (h === undefined) return undefined;
  if (NICE.test(h)) return 'nice';
  if (REQUIRED.test(h)) return 'required';
  if (OTHER.test(h)) return 'other';
  if (CONTEXT.test(h)) return 'context';
  return undefined;
}

/** Kind of section around an offset (its own line included: "About Vercel:" is context). */
export function jobSectionAt(text: string, offset: number): JobSectionKind | undefined {
  const lineEnd = text.indexOf('\n', offset);
  const lines = text
    .slice(0, lineEnd < 0 ? text.length : lineEnd)
    .split('\n')
    .reverse()
    .slice(0, 60);
  for (const line of lines) {
    const kind = kindOf(line);
    if (kind) return kind;
  }
  return undefined;
}
