/** Small, dependency-free text helpers for the lexical reranker. */

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or our that the their ' +
    'this to was we were will with you your i me my us they them he she his her than then there these ' +
    'those who whom which what when where why how all any can do does did not no so such very just ' +
    'also about over under more most other some own same too only per via etc'
  ).split(' '),
);

/** Light suffix stripping so "engineers"/"engineering"/"engineered" meet at "engineer". */
export function stem(word: string): string {
  if (word.length <= 3 || /[^a-z]/.test(word)) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ers', 'ies', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' ? `${base}y` : suffix === 'ers' ? `${base}er` : base;
    }
  }
  return word;
}

/**
 * Lower-cased terms with stop words dropped; keeps tech spellings like "c++", "c#", "node.js"
 * whole (a trailing dot is sentence punctuation, not part of the term).
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu)) {
    const raw = m[0].replace(/\.+$/, '');
    if (raw.length === 0 || STOP_WORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}
