// Splits text into word runs and single symbols, keeping offsets. Whitespace is dropped but
// remembered (`spaced`), so "Node.js" (glued) and "machine learning" (spaced) can both be
// matched exactly. A hyphen between two words counts as a space ("machine-learning").

export interface Token {
  /** Lower-cased text. */
  readonly lower: string;
  /** Trie key when not first in a match: a leading space marks "not glued to the previous token". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace (or a joining hyphen) came right before this token. */
  readonly spaced: boolean;
  /** A hyphen joined this token to the previous word ("C-level"). */
  readonly hyphenated: boolean;
  readonly isWord: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}_\p{M}]/u;
const SPACE_CHAR = /\s/u;

type CharKind = 0 | 1 | 2; // 0 space, 1 word, 2 symbol

/** A hand-rolled scan: the regex-per-token version was the hot spot on long postings. */
function kindAt(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return 1;
    return c === 32 || (c >= 9 && c <= 13) ? 0 : 2;
  }
  const ch = text[i]!;
  if (WORD_CHAR.test(ch)) return 1;
  return SPACE_CHAR.test(ch) ? 0 : 2;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let pendingHyphen = false;
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if (kind === 0) {
      i += 1;
      continue;
    }
    const start = i;
    if (kind === 1) while (i < text.length && kindAt(text, i) === 1) i += 1;
    else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    const isWord = kind === 1;
    const prev = tokens[tokens.length - 1];
    const spaced = start > lastEnd;
    if (
      !isWord &&
      text[start] === '-' &&
      !spaced &&
      prev?.isWord &&
      i < text.length &&
      kindAt(text, i) === 1
    ) {
      pendingHyphen = true;
      lastEnd = i;
      continue;
    }
    const lower = text.slice(start, i).toLowerCase();
    const gap = spaced || pendingHyphen;
    tokens.push({
      lower,
      key: gap ? ' ' + lower : lower,
      start,
      end: i,
      spaced: gap,
      hyphenated: pendingHyphen,
      isWord,
    });
    pendingHyphen = false;
    lastEnd = i;
  }
  return tokens;
}

/** The trie key of a token: a leading space marks "not glued to the previous token". */
export function tokenKey(token: Token, first: boolean): string {
  return first ? token.lower : token.key;
}
