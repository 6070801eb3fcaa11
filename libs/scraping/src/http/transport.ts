import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { LookupFunction, Socket } from 'node:net';
import zlib from 'node:zlib';
import { PermanentError } from '@app/contracts';
import { ProxyError } from './errors';

export interface RawRequest {
  url: URL;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** An http:// proxy URL: absolute-URI requests for http targets, CONNECT tunnels for https. */
  proxy?: string | null;
  /** Socket lookup (the SSRF guard's); ignored behind a proxy. */
  lookup?: LookupFunction;
  timeoutMs?: number;
  maxBodyBytes?: number;
  /** Extra CA certificates to trust (tests with a self-signed server). */
  ca?: string | Buffer;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Decompressed body bytes. */
  body: Buffer;
}

/** Failure to read a response in time or at all: always worth a retry. */
export class NetworkError extends Error {
  override readonly name: string = 'NetworkError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** One HTTP exchange over node:http(s), no redirects followed, the body decompressed. */
export async function sendRequest(req: RawRequest): Promise<RawResponse> {
  const { url } = req;
  const isHttps = url.protocol === 'https:';
  const port = Number(url.port || (isHttps ? 443 : 80));
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...req.headers };
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  const base = { method: req.method ?? 'GET', headers, signal: req.signal };
  let options: https.RequestOptions;
  if (req.proxy) {
    const proxy = new URL(req.proxy);
    const auth = proxy.username
      ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
      : undefined;
    if (isHttps) {
      const socket = await openTunnel(proxy, url.hostname, port, auth, req.timeoutMs);
      const secure = tls.connect({ socket, servername: url.hostname, ca: req.ca });
      options = {
        ...base,
        host: url.hostname,
        port,
        path: url.pathname + url.search,
        createConnection: () => secure,
      };
    } else {
      if (auth) headers['proxy-authorization'] = auth;
      headers.host = url.host;
      options = {
        ...base,
        host: proxy.hostname,
        port: Number(proxy.port || 80),
        path: url.href,
        agent: false,
      };
    }
  } else {
    options = {
      ...base,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port,
      path: url.pathname + url.search,
      servername: isHttps ? url.hostname : undefined,
      lookup: req.lookup,
      ca: req.ca,
      agent: false,
    };
  }
  return exchange(isHttps ? https : http, options, req, !!req.proxy && !isHttps);
}

function exchange(
  mod: typeof http | typeof https,
  options: https.RequestOptions,
  req: RawRequest,
  viaProxy: boolean,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = mod.request(options, (res) => {
      if (viaProxy && res.statusCode === 407) {
        res.resume();
        return reject(new ProxyError('proxy authentication required (407)'));
      }
      readBody(res, req.maxBodyBytes ?? 20 * 1024 * 1024).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
        reject,
      );
    });
    r.setTimeout(req.timeoutMs ?? 30_000, () =>
      r.destroy(new NetworkError('request timed out', 'ETIMEDOUT')),
    );
    r.on('error', (e: NodeJS.ErrnoException) => reject(classify(e, viaProxy)));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

function classify(e: NodeJS.ErrnoException, viaProxy: boolean): Error {
  if (e instanceof PermanentError || e instanceof NetworkError || e instanceof ProxyError) return e;
  if (e.name === 'AbortError') return e;
  const msg = `${e.code ?? e.name}: ${e.message}`;
  return viaProxy ? new ProxyError(`proxy connection failed: ${msg}`, e) : new NetworkError(msg, e.code);
}

/** Opens a CONNECT tunnel through an http proxy; failures count against the proxy. */
function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  auth: string | undefined,
  timeoutMs = 30_000,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `${host}:${port}` };
    if (auth) headers['proxy-authorization'] = auth;
    const r = http.request({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers,
      agent: false,
    });
    r.setTimeout(timeoutMs, () => r.destroy(new ProxyError('proxy CONNECT timed out')));
    r.on('connect', (res: IncomingMessage, socket: Socket) => {
      if (res.statusCode === 200) return resolve(socket);
      socket.destroy();
      reject(new ProxyError(`proxy refused CONNECT with ${res.statusCode}`));
    });
    r.on('error', (e) =>
      reject(e instanceof ProxyError ? e : new ProxyError(`proxy connection failed: ${e.message}`, e)),
    );
    r.end();
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? res.pipe(zlib.createGunzip())
      : encoding === 'deflate'
        ? res.pipe(zlib.createInflate())
        : encoding === 'br'
          ? res.pipe(zlib.createBrotliDecompress())
          : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        res.destroy();
        reject(new PermanentError(`response larger than ${maxBytes} bytes`, 'too_large'));
      } else chunks.push(c);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (e) => reject(new NetworkError(`reading body: ${e.message}`)));
    res.on('error', (e) => reject(new NetworkError(`reading body: ${e.message}`)));
  });
}

/** The body as text, honouring the content-type charset (UTF-8 when absent or unknown). */
export function decodeBody(body: Buffer, contentType: string | undefined): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
