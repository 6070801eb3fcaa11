interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelaySec: number | null;
}

/** What robots.txt says for one user agent on one origin. */
export interface RobotsPolicy {
  isAllowed(pathAndQuery: string): boolean;
  /** Crawl-delay in milliseconds, or null when the group gives none. */
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { isAllowed: () => true, crawlDelayMs: null };
export const DISALLOW_ALL: RobotsPolicy = { isAllowed: (p) => p === '/robots.txt', crawlDelayMs: null };

/**
 * RFC 9309 parsing: groups start at User-agent lines; the group whose agent token matches ours
 * (longest match) applies, else `*`; rules match with `*` and `$` wildcards; the longest matching
 * pattern wins and Allow wins a tie. Crawl-delay (non-standard, widely used) is kept too.
 */
export function parseRobots(text: string, userAgent: string): RobotsPolicy {
  const groups = parseGroups(text);
  const token = userAgent.toLowerCase().split(/[\s/]/)[0] ?? '';
  let best: Group[] = [];
  let bestLen = -1;
  for (const g of groups) {
    for (const a of g.agents) {
      // Product tokens compare whole and case-insensitively (RFC 9309 2.2.1), so "bot" is not "resumeragbot".
      const len = a === '*' ? 0 : a === token ? a.length : -1;
      if (len > bestLen) {
        bestLen = len;
        best = [g];
      } else if (len === bestLen && len >= 0 && !best.includes(g)) best.push(g);
    }
  }
  const rules = best.flatMap((g) => g.rules);
  const delay = best.map((g) => g.crawlDelaySec).find((d) => d !== null) ?? null;
  return {
    crawlDelayMs: delay === null ? null : Math.round(delay * 1000),
    isAllowed: (path) => isAllowed(rules, path),
  };
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelaySec: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase().split(/[\s/]/)[0] ?? '');
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything; it adds no rule.
      if (value === '') continue;
      current.rules.push({ allow: key === 'allow', pattern: value, regex: patternToRegex(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelaySec = n;
    }
  }
  return groups;
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => normalizePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Decodes percent-escapes of unreserved characters so "/a%62c" and "/abc" compare equal. */
function normalizePath(p: string): string {
  return p.replace(/%([0-9a-fA-F]{2})/g, (m, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : m.toUpperCase();
  });
}

function isAllowed(rules: readonly Rule[], path: string): boolean {
  if (path === '/robots.txt') return true;
  const target = normalizePath(path);
  let best: Rule | null = null;
  for (const r of rules) {
    if (!r.regex.test(target)) continue;
    if (
      !best ||
      r.pattern.length > best.pattern.length ||
      (r.pattern.length === best.pattern.length && r.allow)
    ) {
      best = r;
    }
  }
  return best ? best.allow : true;
}
