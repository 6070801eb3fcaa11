// Requirement level of a mention: a phrase in its own sentence ("... is a plus", "must have")
// wins; otherwise the section it sits under ("Requirements", "Nice to have", "Bonus").
import type { RequirementLevel } from './skill.types';

const TAIL = String.raw`(?:\s+\S+){0,2}$`;

const NICE_HEADING = new RegExp(
  String.raw`^(?:nice[\s-]to[\s-]haves?|bonus(?:\s+points)?|preferred|pluses|desirable|desired|good[\s-]to[\s-]haves?|extra\s+credit|it'?s\s+a\s+plus|would\s+be\s+(?:great|nice)|even\s+better|optional|a\s+plus|plus(?:es)?)` +
    TAIL,
  'i',
);
const REQUIRED_HEADING = new RegExp(
  String.raw`^(?:requirements|required|must[\s-]haves?|(?:minimum|basic|key|required|essential)\s+(?:qualifications|requirements|skills)|qualifications|what\s+you(?:'ll|\s+will)?\s+(?:need|bring)|what\s+we(?:'re|\s+are)\s+looking\s+for|who\s+you\s+are|you\s+(?:have|bring|should\s+have)|about\s+you|your\s+profile|essential)` +
    TAIL,
  'i',
);
const OTHER_HEADING = new RegExp(
  String.raw`^(?:responsibilities|what\s+you(?:'ll|\s+will)\s+do|about|benefits|perks|the\s+role|role|overview|who\s+we\s+are|our\s+stack|tech\s+stack|stack|compensation|how\s+to\s+apply|education|experience|projects|summary|skills|the\s+team|why\s+join|location)` +
    TAIL,
  'i',
);

const NICE_PHRASE =
  /\b(?:nice[\s-]to[\s-]have|a\s+(?:big\s+|huge\s+|strong\s+|real\s+)?plus|bonus|preferred|preferably|ideally|desirable|desired|good[\s-]to[\s-]have|not\s+required|optional|would\s+be\s+(?:great|nice|helpful)|advantage|advantageous|appreciated)\b/i;
const REQUIRED_PHRASE =
  /\b(?:must|required|requires|require|mandatory|essential|need\s+to\s+have|at\s+least|minimum|(?:strong|solid|deep|proven)\s+(?:experience|knowledge|proficiency|background|expertise)|proficiency\s+(?:in|with))\b/i;

type Section = RequirementLevel | undefined;

/** The heading text of a line ("Nice to have:" or "## Requirements"), or undefined. */
function headingText(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 0 && /^\s*(?:[-•–]|\*\s)/.test(line)) return undefined;
  const head = (colon >= 0 ? line.slice(0, colon) : line).replace(/^[\s#*_>•\-–]+|[\s*_]+$/g, '');
  if (head.length === 0 || head.split(/\s+/).length > 5) return undefined;
  return head;
}

function headingLevel(line: string): Section | null {
  const head = headingText(line);
  if (head === undefined) return null;
  if (NICE_HEADING.test(head)) return 'nice_to_have';
  if (REQUIRED_HEADING.test(head)) return 'required';
  if (OTHER_HEADING.test(head)) return undefined;
  return null;
}

/** Per-line section level and per-sentence phrase level, computed once per text. */
export class RequirementScanner {
  private readonly lineStarts: number[] = [];
  private readonly lineSection: Section[] = [];
  /** Offsets where a sentence starts; sentence k spans [starts[k], starts[k+1]). */
  private readonly sentenceStarts: number[] = [0];
  private readonly sentenceLevel = new Map<number, Section>();

  constructor(private readonly text: string) {
    let section: Section;
    let start = 0;
    for (const line of text.split('\n')) {
      const level = headingLevel(line);
      if (level !== null) section = level;
      this.lineStarts.push(start);
      this.lineSection.push(section);
      start += line.length + 1;
    }
    for (let i = 0; i < text.length; i++) if (isBoundary(text, i)) this.sentenceStarts.push(i + 1);
  }

  levelAt(start: number): RequirementLevel | undefined {
    return this.phraseLevel(start) ?? this.lineSection[lastAtOrBefore(this.lineStarts, start)];
  }

  private phraseLevel(offset: number): Section {
    const k = lastAtOrBefore(this.sentenceStarts, offset);
    if (this.sentenceLevel.has(k)) return this.sentenceLevel.get(k);
    const sentence = this.text.slice(this.sentenceStarts[k], this.sentenceStarts[k + 1] ?? this.text.length);
    const level: Section = NICE_PHRASE.test(sentence)
      ? 'nice_to_have'
      : REQUIRED_PHRASE.test(sentence)
        ? 'required'
        : undefined;
    this.sentenceLevel.set(k, level);
    return level;
  }
}

/** Index of the last value <= offset in an ascending array (0 when none). */
function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A newline, ';', or a '.', '!', '?' followed by a space. */
function isBoundary(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === ';') return true;
  if (ch === '.' || ch === '!' || ch === '?') return /\s/.test(text[i + 1] ?? ' ');
  return false;
}
