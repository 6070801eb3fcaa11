import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup as dnsLookup } from 'node:dns';
import { SsrfBlockedError } from './errors';

/** Address ranges a user-supplied URL may never reach. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** IPv4 embedded in IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::) forms. */
function embeddedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const m = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (m) return m[1]!;
  const h = /^(?:::ffff:(?:0:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!h) return null;
  const hi = parseInt(h[1]!, 16);
  const lo = parseInt(h[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for an address on the public internet; false for loopback, private, link-local, etc. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return !BLOCKED.check(bare, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIpv4(bare);
  if (v4 !== null) return isPublicAddress(v4);
  return !BLOCKED.check(bare, 'ipv6');
}

export interface SsrfGuardOptions {
  /**
   * Origins (e.g. "http://127.0.0.1:4123") allowed even though they are not public. For tests
   * against a local server only; production leaves it empty. Redirect targets are still checked.
   */
  allowOrigins?: readonly string[];
  /** DNS resolver returning every address of a host; defaults to the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
}

const systemResolve = (hostname: string): Promise<string[]> =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addrs) =>
      err ? reject(err) : resolve(addrs.map((a) => a.address)),
    ),
  );

/**
 * Guards fetches of user-supplied URLs: http(s) only, and every address the host resolves to must
 * be public. The check runs inside the socket's `lookup`, so the address connected to is the one
 * checked (a DNS rebinding between check and connect cannot swap it).
 */
export class SsrfGuard {
  private readonly allowOrigins: Set<string>;
  private readonly resolve: (hostname: string) => Promise<string[]>;

  constructor(opts: SsrfGuardOptions = {}) {
    this.allowOrigins = new Set((opts.allowOrigins ?? []).map((o) => new URL(o).origin));
    this.resolve = opts.resolve ?? systemResolve;
  }

  /** Checks scheme and literal-IP hosts before any connection; call on the first URL and every redirect. */
  checkUrl(raw: string | URL): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new SsrfBlockedError(String(raw), 'not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new SsrfBlockedError(url.href, `scheme ${url.protocol} is not allowed`);
    }
    if (this.allowOrigins.has(url.origin)) return url;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !isPublicAddress(host))
      throw new SsrfBlockedError(url.href, `address ${host} is not public`);
    return url;
  }

  /** A socket `lookup` for a request to `url`: resolves all addresses and refuses any non-public one. */
  lookupFor(url: URL): LookupFunction {
    const allowed = this.allowOrigins.has(url.origin);
    return (hostname, options, callback) => {
      this.resolve(hostname).then(
        (addrs) => {
          const bad = addrs.find((a) => !isPublicAddress(a));
          if (addrs.length === 0) return callback(new Error(`no address for ${hostname}`), '', 4);
          if (bad !== undefined && !allowed) {
            return callback(
              new SsrfBlockedError(url.href, `${hostname} resolves to ${bad}, not public`),
              '',
              4,
            );
          }
          const wanted = options.family === 6 || options.family === 4 ? options.family : 0;
          const usable = addrs.filter((a) => wanted === 0 || isIP(a) === wanted);
          const first = usable[0] ?? addrs[0]!;
          if (options.all) {
            (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(
              null,
              usable.map((address) => ({ address, family: isIP(address) })),
            );
          } else callback(null, first, isIP(first));
        },
        (err: unknown) => callback(err as NodeJS.ErrnoException, '', 4),
      );
    };
  }
}
