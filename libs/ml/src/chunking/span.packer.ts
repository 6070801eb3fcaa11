// Packs a span of text into chunks of at most maxChars, breaking at the strongest boundary
// available (blank line > sub-heading/header line > line > sentence > word), never mid-word.

/** A piece of the source with the strength of the boundary before it. */
interface Unit {
  readonly start: number;
  readonly end: number;
  /** 4 paragraph or sub-heading, 3 header line (non-bullet line after bullets), 2 line, 1 sentence, 0 word. */
  readonly strength: number;
}

const BULLET = /^\s*(?:[-*+•▪◦●–]|\d{1,2}[.)])\s/;

/** Spans [start, end) covering the non-blank text of source[start, end), each at most maxChars. */
export function packSpan(
  source: string,
  start: number,
  end: number,
  maxChars: number,
  subHeadings: ReadonlySet<number> = new Set(),
): Array<[number, number]> {
  const units = lineUnits(source, start, end, subHeadings).flatMap((u) => splitLong(source, u, maxChars));
  const out: Array<[number, number]> = [];
  let current: Unit[] = [];
  for (const unit of units) {
    current.push(unit);
    while (current.length > 1 && spanLength(current) > maxChars) {
      const cut = bestCut(current, maxChars);
      out.push([current[0]!.start, current[cut - 1]!.end]);
      current = current.slice(cut);
    }
  }
  if (current.length > 0) out.push([current[0]!.start, current[current.length - 1]!.end]);
  return out;
}

function spanLength(units: readonly Unit[]): number {
  return units[units.length - 1]!.end - units[0]!.start;
}

/** Index to cut before: the strongest boundary whose first part is at least half full and fits. */
function bestCut(units: readonly Unit[], maxChars: number): number {
  let best = 1;
  let bestScore = -1;
  for (let i = 1; i < units.length; i++) {
    const length = units[i - 1]!.end - units[0]!.start;
    if (length > maxChars) break;
    // A header line left alone at the end of a chunk would be cut off from its bullets.
    const orphan = units[i - 1]!.strength >= 3 && i - 1 > 0 && units[i]!.strength < 3;
    const score = (length >= maxChars / 2 ? 10 : 0) + units[i]!.strength * 2 + (orphan ? -3 : 0);
    if (score >= bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** One unit per non-blank line, trimmed, with its boundary strength. */
function lineUnits(source: string, start: number, end: number, subHeadings: ReadonlySet<number>): Unit[] {
  const units: Unit[] = [];
  let pos = start;
  let blankBefore = true;
  let previousBullet = false;
  while (pos < end) {
    let lineEnd = source.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const [s, e] = trimSpan(source, pos, lineEnd);
    if (e > s) {
      const line = source.slice(s, e);
      const bullet = BULLET.test(line);
      let strength = 2;
      if (blankBefore || subHeadings.has(pos)) strength = 4;
      else if (!bullet && previousBullet) strength = 3;
      units.push({ start: s, end: e, strength });
      blankBefore = false;
      previousBullet = bullet;
    } else {
      blankBefore = true;
    }
    pos = lineEnd + 1;
  }
  return units;
}

export function trimSpan(source: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s]!)) s++;
  while (e > s && /\s/.test(source[e - 1]!)) e--;
  return [s, e];
}

/** Splits a unit longer than maxChars at sentence ends, then at whitespace. */
function splitLong(source: string, unit: Unit, maxChars: number): Unit[] {
  if (unit.end - unit.start <= maxChars) return [unit];
  const pieces: Unit[] = [];
  const sentence = /[.!?;](?=\s+\S)/g;
  let s = unit.start;
  const text = source.slice(unit.start, unit.end);
  let m: RegExpExecArray | null;
  while ((m = sentence.exec(text)) !== null) {
    const cut = unit.start + m.index + 1;
    const [a, b] = trimSpan(source, s, cut);
    if (b > a) pieces.push({ start: a, end: b, strength: pieces.length === 0 ? unit.strength : 1 });
    s = cut;
  }
  const [a, b] = trimSpan(source, s, unit.end);
  if (b > a) pieces.push({ start: a, end: b, strength: pieces.length === 0 ? unit.strength : 1 });
  return pieces.flatMap((p) => (p.end - p.start <= maxChars ? [p] : splitWords(source, p)));
}

function splitWords(source: string, unit: Unit): Unit[] {
  const words: Unit[] = [];
  const re = /\S+/g;
  const text = source.slice(unit.start, unit.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = unit.start + m.index;
    words.push({ start, end: start + m[0].length, strength: words.length === 0 ? unit.strength : 0 });
  }
  return words;
}

/** Start of the trailing whole lines/sentences of [start, end) that fit in `overlap` chars. */
export function overlapStart(
  source: string,
  start: number,
  end: number,
  overlap: number,
): number | undefined {
  if (overlap <= 0) return undefined;
  for (let i = Math.max(start + 1, end - overlap); i < end; i++) {
    const prev = source[i - 1]!;
    const boundary = prev === '\n' || (/\s/.test(prev) && /[.!?;]/.test(source[i - 2] ?? ''));
    if (boundary && /\S/.test(source[i]!)) return i;
  }
  return undefined;
}
