/**
 * Near-duplicate postings: the same role at the same company, one board trimming or padding
 * the text. Two tests must both hold: titles share most words, and most word 3-shingles of
 * the shorter description appear in the longer (containment, so a truncated copy still counts).
 */
export const NEAR_DUPLICATE = { minTitleOverlap: 0.6, minContainment: 0.8 } as const;

export function wordShingles(text: string, size = 3): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length < size) return new Set(words.length ? [words.join(' ')] : []);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** Share of the smaller set found in the larger one (0..1). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Jaccard overlap of title words (0..1). */
export function titleOverlap(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 0 : shared / union;
}

// Words that make two otherwise equal titles different roles: a Senior and a Staff opening at
// one company often share a description, but they are two postings.
const LEVEL_WORDS = new Set([
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'principal',
  'lead',
  'head',
  'director',
  'manager',
  'associate',
]);
const levelOf = (title: string): string =>
  title
    .split(' ')
    .filter((w) => LEVEL_WORDS.has(w) || /^\d+$/.test(w))
    .sort()
    .join(' ');

export function isNearDuplicate(
  a: { normalizedTitle: string; description: string },
  b: { normalizedTitle: string; description: string },
): boolean {
  if (levelOf(a.normalizedTitle) !== levelOf(b.normalizedTitle)) return false;
  if (titleOverlap(a.normalizedTitle, b.normalizedTitle) < NEAR_DUPLICATE.minTitleOverlap) return false;
  // Very short descriptions say too little to call two postings the same.
  const sa = wordShingles(a.description);
  const sb = wordShingles(b.description);
  if (Math.min(sa.size, sb.size) < 15) return false;
  return containment(sa, sb) >= NEAR_DUPLICATE.minContainment;
}
