import type { BrowserContext } from 'playwright-core';
import type { Cookie, CookieJar } from '../http/cookie-jar';

type PlaywrightCookie = Parameters<BrowserContext['addCookies']>[0][number];
type ContextCookie = Awaited<ReturnType<BrowserContext['cookies']>>[number];

/** The HTTP client's cookies in playwright's shape, so a browser context continues the same session. */
export function jarToPlaywrightCookies(jar: CookieJar): PlaywrightCookie[] {
  return jar.all().map((c) => ({
    name: c.name,
    value: c.value,
    // A leading dot makes a domain cookie; without it the cookie is host-only.
    domain: c.hostOnly ? c.domain : `.${c.domain}`,
    path: c.path,
    expires: c.expires === null ? -1 : Math.floor(c.expires / 1000),
    secure: c.secure,
    httpOnly: c.httpOnly,
  }));
}

/** A browser context's cookies back into the jar, so later plain-HTTP requests continue the session. */
export function playwrightCookiesToJar(cookies: readonly ContextCookie[], jar: CookieJar): void {
  for (const c of cookies) {
    const cookie: Cookie = {
      name: c.name,
      value: c.value,
      domain: c.domain.replace(/^\./, ''),
      hostOnly: !c.domain.startsWith('.'),
      path: c.path,
      expires: c.expires < 0 ? null : Math.round(c.expires * 1000),
      secure: c.secure,
      httpOnly: c.httpOnly,
    };
    jar.setCookie(cookie);
  }
}
