export interface BlockProbe {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Markers that only ever appear on interstitial challenge pages. */
const STRONG_MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/<title>\s*Just a moment\.\.\.\s*<\/title>/i, 'cloudflare challenge ("Just a moment...")'],
  [/cf-chl-|cf_chl_opt|\/cdn-cgi\/challenge-platform\//i, 'cloudflare challenge (cf-chl)'],
  [/Attention Required! \| Cloudflare/i, 'cloudflare block ("Attention Required")'],
  [/px-captcha|_pxCaptcha|perimeterx\.net\/[^"']*captcha/i, 'perimeterx captcha (px-captcha)'],
  [/captcha-delivery\.com|geo\.captcha-delivery/i, 'datadome captcha'],
  [
    /<title>[^<]*(security check|verify you are human|are you a robot|access denied|blocked)[^<]*<\/title>/i,
    'challenge page title',
  ],
];

/** Captcha widgets that also appear on ordinary pages (apply forms); a block only on a small page. */
const WEAK_MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/hcaptcha\.com|class=["'][^"']*h-captcha/i, 'hcaptcha challenge'],
  [/google\.com\/recaptcha|class=["'][^"']*g-recaptcha/i, 'recaptcha challenge'],
];

/** Interstitials are small; real result pages run to hundreds of KB. */
const SMALL_PAGE_BYTES = 40_000;

function header(h: BlockProbe['headers'], name: string): string {
  const v = h[name];
  return (Array.isArray(v) ? v.join(',') : (v ?? '')).toLowerCase();
}

/**
 * Says why a response is a block (403, a 401 challenge, a captcha or challenge page), or null.
 * JSON bodies are not searched for page markers: a job description may mention "captcha".
 */
export function detectBlock(res: BlockProbe): string | null {
  const contentType = header(res.headers, 'content-type');
  const isJson = contentType.includes('json') || /^\s*[[{]/.test(res.body.slice(0, 64));
  const marker = isJson ? null : findMarker(res.body);
  if (header(res.headers, 'cf-mitigated') === 'challenge')
    return `cloudflare challenge (cf-mitigated)${status(res)}`;
  if (header(res.headers, 'x-datadome') !== '' && (res.status === 403 || marker))
    return `datadome block${status(res)}`;
  if (res.status === 403) return marker ? `${marker} (HTTP 403)` : 'HTTP 403 forbidden';
  if (res.status === 401 && (header(res.headers, 'www-authenticate') !== '' || marker)) {
    return marker ? `${marker} (HTTP 401)` : 'HTTP 401 with an authentication challenge';
  }
  return marker ? `${marker}${status(res)}` : null;
}

function status(res: BlockProbe): string {
  return res.status === 200 ? '' : ` (HTTP ${res.status})`;
}

function findMarker(body: string): string | null {
  for (const [re, reason] of STRONG_MARKERS) if (re.test(body)) return reason;
  if (Buffer.byteLength(body) <= SMALL_PAGE_BYTES) {
    for (const [re, reason] of WEAK_MARKERS) if (re.test(body)) return reason;
  }
  return null;
}
