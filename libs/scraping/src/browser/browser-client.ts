import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PermanentError, TransientError } from '@app/contracts';
import type { Logger } from '@app/logging';
import { detectBlock } from '../http/block-detector';
import type { CookieJar } from '../http/cookie-jar';
import { HttpStatusError, SourceBlockedError } from '../http/errors';
import type { SourceHealthRegistry } from '../http/source-health';
import { Semaphore } from '../pool/semaphore';
import { jarToPlaywrightCookies, playwrightCookiesToJar } from './cookies';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
] as const;

export interface BrowserClientOptions {
  /** The system Chromium; playwright's own browser download is never used. */
  executablePath?: string;
  /** Pages open at once (a semaphore); default 10. */
  maxPages?: number;
  navigationTimeoutMs?: number;
  userAgent?: string;
  /** Chromium flags added to CHROMIUM_ARGS (e.g. '--renderer-process-limit=4' to trade isolation for memory). */
  extraArgs?: readonly string[];
  /** Page viewport; smaller means fewer raster tiles per page (default 1024x768). */
  viewport?: { width: number; height: number };
  /** An http:// proxy for the whole browser. */
  proxy?: string;
  /** Called before each navigation: robots.txt and the source's rate limit (ScrapeHttpClient.admit). */
  admit?: (source: string, url: URL, signal?: AbortSignal) => Promise<void>;
  /** Seeds a source's browser context with the HTTP client's cookies (ScrapeHttpClient.jar). */
  cookieJar?: (source: string) => Promise<CookieJar>;
  /** Images, fonts and media are not loaded (less memory and traffic); default true. */
  blockHeavyResources?: boolean;
  health?: SourceHealthRegistry;
  logger?: Logger;
}

export interface RenderOptions {
  /** A CSS selector that must appear before the HTML is taken. */
  waitFor?: string;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  timeoutMs?: number;
}

export interface RenderedPage {
  url: string;
  status: number | null;
  html: string;
}

/** One headless Chromium, a context per source (its cookies kept), and a bounded pool of pages. */
export class BrowserClient {
  private browser: Promise<Browser> | null = null;
  private readonly contexts = new Map<string, Promise<BrowserContext>>();
  private readonly pages: Semaphore;
  private closed = false;

  constructor(private readonly opts: BrowserClientOptions = {}) {
    this.pages = new Semaphore(opts.maxPages ?? 10);
  }

  get openPages(): number {
    return this.pages.inUse;
  }

  get maxPages(): number {
    return this.pages.max;
  }

  /** Renders `url` in the source's context and returns the DOM as HTML; blocks raise SourceBlockedError. */
  async fetchRendered(source: string, url: string, opts: RenderOptions = {}): Promise<RenderedPage> {
    if (this.closed) throw new PermanentError('browser client is closed', 'invalid');
    await this.opts.admit?.(source, new URL(url));
    this.opts.health?.recordRequest(source);
    try {
      const page = await this.pages.run(() => this.render(source, url, opts));
      this.opts.health?.recordSuccess(source);
      return page;
    } catch (e) {
      if (e instanceof SourceBlockedError) this.opts.health?.recordBlock(source, e.reason);
      else this.opts.health?.recordError(source, e);
      throw e;
    }
  }

  /** Closes every context and the browser; later calls fail. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    for (const ctx of this.contexts.values()) await ctx.then((c) => c.close()).catch(() => undefined);
    this.contexts.clear();
    if (browser) await (await browser.catch(() => null))?.close();
  }

  private async render(source: string, url: string, opts: RenderOptions): Promise<RenderedPage> {
    const ctx = await this.context(source);
    const page = await ctx.newPage();
    const timeout = opts.timeoutMs ?? this.opts.navigationTimeoutMs ?? 30_000;
    try {
      let response;
      try {
        response = await page.goto(url, { waitUntil: opts.waitUntil ?? 'load', timeout });
      } catch (e) {
        throw new TransientError(`navigation to ${url} failed: ${(e as Error).message.split('\n')[0]}`, e);
      }
      const status = response?.status() ?? null;
      const headers = (await response?.allHeaders()) ?? {};
      if (opts.waitFor) {
        const found = await page.waitForSelector(opts.waitFor, { timeout, state: 'attached' }).then(
          () => true,
          () => false,
        );
        if (!found) {
          const html = await page.content();
          const blocked = detectBlock({ status: status ?? 200, headers, body: html });
          if (blocked) throw new SourceBlockedError(source, blocked, page.url(), status ?? undefined);
          throw new TransientError(`${url}: "${opts.waitFor}" did not appear within ${timeout} ms`);
        }
      }
      const html = await page.content();
      const blocked = detectBlock({ status: status ?? 200, headers, body: html });
      if (blocked) throw new SourceBlockedError(source, blocked, page.url(), status ?? undefined);
      if (status !== null && status >= 400) {
        if (status === 408 || status === 429 || status >= 500)
          throw new TransientError(`HTTP ${status} from ${url}`);
        throw new HttpStatusError(url, status);
      }
      if (this.opts.cookieJar) playwrightCookiesToJar(await ctx.cookies(), await this.opts.cookieJar(source));
      return { url: page.url(), status, html };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  private context(source: string): Promise<BrowserContext> {
    let ctx = this.contexts.get(source);
    if (!ctx) {
      ctx = this.newContext(source);
      this.contexts.set(source, ctx);
      ctx.catch(() => this.contexts.delete(source));
    }
    return ctx;
  }

  private async newContext(source: string): Promise<BrowserContext> {
    const browser = await this.launch();
    const ctx = await browser.newContext({
      userAgent: this.opts.userAgent,
      serviceWorkers: 'block',
      viewport: this.opts.viewport ?? { width: 1024, height: 768 },
    });
    if (this.opts.blockHeavyResources !== false) {
      await ctx.route('**/*', (route) =>
        ['image', 'media', 'font'].includes(route.request().resourceType())
          ? route.abort()
          : route.continue(),
      );
    }
    if (this.opts.cookieJar) {
      const cookies = jarToPlaywrightCookies(await this.opts.cookieJar(source));
      if (cookies.length) await ctx.addCookies(cookies);
    }
    return ctx;
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      this.browser = chromium.launch({
        executablePath: this.opts.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [...CHROMIUM_ARGS, ...(this.opts.extraArgs ?? [])],
        proxy: this.opts.proxy ? { server: this.opts.proxy } : undefined,
      });
      this.browser.catch(() => (this.browser = null));
    }
    return this.browser;
  }
}
