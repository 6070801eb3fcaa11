import { porterStem } from './porter-stemmer';

/** English function words (a compact version of the usual Lucene/Snowball lists). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves also etc via per within without us may might must shall ' +
    'upon s t'
  ).split(' '),
);

/**
 * Technical spellings that the generic split would destroy; rewritten before splitting so that
 * "C++", "C#", ".NET" and "Node.js" stay searchable as single terms.
 */
const SPECIAL: readonly [RegExp, string][] = [
  [/c\+\+/g, ' cplusplus '],
  [/(^|[^a-z0-9])c#/g, '$1 csharp '],
  [/(^|[^a-z0-9])f#/g, '$1 fsharp '],
  [/(^|[^a-z0-9])\.net\b/g, '$1 dotnet '],
  [/\b([a-z0-9]+)\.(js|ts|io|net)\b/g, '$1$2'],
];

/** Job and resume vocabularies are small: most words repeat, so stems are memoised (bounded). */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, (s = porterStem(word)));
  }
  return s;
}

export interface AnalyzerOptions {
  stem?: boolean;
  stopWords?: ReadonlySet<string>;
}

/** Lower-cases, folds accents, splits, drops stop words and stems: the one analyser for index and query. */
export function analyze(text: string, opts: AnalyzerOptions = {}): string[] {
  const stop = opts.stopWords ?? STOP_WORDS;
  const stem = opts.stem ?? true;
  let t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [re, rep] of SPECIAL) t = t.replace(re, rep);
  const out: string[] = [];
  for (const raw of t.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0 || raw.length > 40 || stop.has(raw)) continue;
    out.push(stem ? cachedStem(raw) : raw);
  }
  return out;
}
