import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Cookie {
  name: string;
  value: string;
  /** Lower-case, without a leading dot. */
  domain: string;
  /** True when the server gave no Domain attribute: the cookie goes back to that exact host only. */
  hostOnly: boolean;
  path: string;
  /** Epoch ms; null for a session cookie. */
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
}

/**
 * A small RFC 6265 cookie store: Set-Cookie parsing with Domain, Path, Expires, Max-Age and
 * Secure; domain and path matching; expiry. Enough to keep a scraping session alive, not a browser.
 */
export class CookieJar {
  private cookies: Cookie[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores every Set-Cookie header of a response received from `url`. */
  setCookies(url: string | URL, setCookie: string | string[] | undefined): void {
    if (setCookie === undefined) return;
    const u = typeof url === 'string' ? new URL(url) : url;
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const cookie = parseSetCookie(line, u, this.now());
      if (cookie) this.store(cookie);
    }
  }

  /** The Cookie header value for a request to `url`, or undefined when no cookie applies. */
  cookieHeader(url: string | URL): string | undefined {
    const u = typeof url === 'string' ? new URL(url) : url;
    const host = u.hostname.toLowerCase();
    const now = this.now();
    this.cookies = this.cookies.filter((c) => c.expires === null || c.expires > now);
    const matching = this.cookies
      .filter((c) => (c.hostOnly ? host === c.domain : domainMatches(host, c.domain)))
      .filter((c) => pathMatches(u.pathname || '/', c.path))
      .filter((c) => !c.secure || u.protocol === 'https:')
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  all(): Cookie[] {
    const now = this.now();
    return this.cookies.filter((c) => c.expires === null || c.expires > now).map((c) => ({ ...c }));
  }

  /** Replaces the content with saved cookies (expired ones dropped). */
  load(cookies: readonly Cookie[]): void {
    this.cookies = [];
    for (const c of cookies) this.store({ ...c });
  }

  async saveToFile(file: string): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    // Write then rename, so a crash never leaves half a file behind.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.all(), null, 1), { mode: 0o600 });
    await rename(tmp, file);
  }

  /** Loads a file written by saveToFile; a missing file leaves the jar empty. */
  async loadFromFile(file: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    this.load(JSON.parse(text) as Cookie[]);
  }

  /** Stores one cookie as given (the browser's cookies coming back into the HTTP session). */
  setCookie(cookie: Cookie): void {
    this.store({ ...cookie, domain: cookie.domain.replace(/^\./, '').toLowerCase() });
  }

  private store(cookie: Cookie): void {
    this.cookies = this.cookies.filter(
      (c) => !(c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path),
    );
    if (cookie.expires === null || cookie.expires > this.now()) this.cookies.push(cookie);
  }
}

export function parseSetCookie(line: string, url: URL, now: number): Cookie | null {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const host = url.hostname.toLowerCase();
  const cookie: Cookie = {
    name,
    value,
    domain: host,
    hostOnly: true,
    path: defaultPath(url.pathname),
    expires: null,
    secure: false,
    httpOnly: false,
  };
  let maxAge: number | null = null;
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const val = i < 0 ? '' : attr.slice(i + 1).trim();
    if (key === 'domain' && val) {
      const domain = val.replace(/^\./, '').toLowerCase();
      // A server may only set cookies for its own domain or a parent of it.
      if (!domainMatches(host, domain)) return null;
      cookie.domain = domain;
      cookie.hostOnly = false;
    } else if (key === 'path' && val.startsWith('/')) cookie.path = val;
    else if (key === 'expires') {
      const t = Date.parse(val);
      if (!Number.isNaN(t)) cookie.expires = t;
    } else if (key === 'max-age' && /^-?\d+$/.test(val)) maxAge = Number(val);
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
  }
  // Max-Age wins over Expires; zero or negative deletes the cookie.
  if (maxAge !== null) cookie.expires = maxAge <= 0 ? now - 1 : now + maxAge * 1000;
  return cookie;
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || (host.endsWith(`.${domain}`) && !/^[\d.]+$/.test(host));
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function defaultPath(pathname: string): string {
  if (!pathname.startsWith('/')) return '/';
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}
