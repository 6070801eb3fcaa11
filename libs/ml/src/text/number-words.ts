/** Spelled-out counts that postings and resumes use for years ("five years of Java"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** A count as digits ("5", "2.5") or a word from NUMBER_WORDS, as one capturing group. */
export const COUNT_PATTERN = String.raw`(\d{1,2}(?:\.\d)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/** The value of a COUNT_PATTERN match. */
export function countValue(raw: string): number {
  return NUMBER_WORDS[raw.toLowerCase()] ?? Number(raw);
}
