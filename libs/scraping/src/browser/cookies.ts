import type { BrowserContext } from 'playwright-core';
import type { CookieJar } from '../http/cookie-jar';

type PlaywrightCookie = Parameters<BrowserContext['addCookies']>[0][number];

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
