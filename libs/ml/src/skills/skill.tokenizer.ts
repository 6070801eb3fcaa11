// Splits text into word runs and single symbols, keeping offsets. Whitespace is dropped but
// remembered (`spaced`), so "Node.js" (glued) and "machine learning" (spaced) can both be
// matched exactly. A hyphen between two words counts as a space ("machine-learning").

export interface Token {
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace (or a joining hyphen) came right before this token. */
  readonly spaced: boolean;
  /** A hyphen joined this token to the previous word ("C-level"). */
  readonly hyphenated: boolean;
  readonly isWord: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
const WORD_RE = /^[\p{L}\p{N}_]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let pendingHyphen = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const isWord = WORD_RE.test(raw);
    const prev = tokens[tokens.length - 1];
    const spaced = start > lastEnd;
    if (raw === '-' && !spaced && prev?.isWord && isWordAt(text, end)) {
      pendingHyphen = true;
      lastEnd = end;
      continue;
    }
    tokens.push({
      lower: raw.toLowerCase(),
      start,
      end,
      spaced: spaced || pendingHyphen,
      hyphenated: pendingHyphen,
      isWord,
    });
    pendingHyphen = false;
    lastEnd = end;
  }
  return tokens;
}

function isWordAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && WORD_RE.test(ch);
}

/** The trie key of a token: a leading space marks "not glued to the previous token". */
export function tokenKey(token: Token, first: boolean): string {
  return first || !token.spaced ? token.lower : ' ' + token.lower;
}
