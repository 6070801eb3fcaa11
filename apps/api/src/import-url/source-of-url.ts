import type { SourceName } from '@app/scraping';

const HOSTS: Array<[RegExp, SourceName]> = [
  [/(^|\.)greenhouse\.io$/, 'greenhouse'],
  [/(^|\.)lever\.co$/, 'lever'],
  [/(^|\.)ashbyhq\.com$/, 'ashby'],
  [/(^|\.)indeed\.[a-z.]+$/, 'indeed'],
  [/(^|\.)dice\.com$|dhigroupinc\.com$/, 'dice'],
  [/(^|\.)(wellfound|angel)\.(com|co)$/, 'wellfound'],
  [/^news\.ycombinator\.com$|(^|\.)algolia\.com$/, 'hackernews'],
  [/(^|\.)(ycombinator|workatastartup)\.com$/, 'ycombinator'],
  [/(^|\.)builtin[a-z]*\.com$/, 'builtin'],
  [/(^|\.)remoteok\.(com|io)$/, 'remoteok'],
];

/** The board a URL belongs to, from its host name. */
export function sourceOfUrl(url: URL): SourceName | null {
  for (const [re, source] of HOSTS) if (re.test(url.hostname)) return source;
  return null;
}
