import { load } from 'cheerio';
import { hasChildren, isTag, isText, type AnyNode } from 'domhandler';

// prettier-ignore
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'hr', 'figure', 'main', 'aside',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

// Windows-1252 characters that stand for the bytes 0x80–0x9F when UTF-8 was decoded as cp1252.
// prettier-ignore
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252).join('')}]`;
// A UTF-8 lead byte read as Latin-1 followed by the right number of continuation bytes.
const MOJIBAKE_RE = new RegExp(
  `[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);

function toByte(ch: string): number {
  return CP1252[ch] ?? ch.charCodeAt(0);
}

/**
 * Repairs UTF-8 that was decoded as Latin-1/cp1252 ("MecÃ¡nico" → "Mecánico", "vehÃ\u00ADculos" →
 * "vehículos"). Each suspicious sequence is re-decoded alone and kept only when it forms valid UTF-8,
 * so correct text ("Ã" on its own, "café") is left as it is.
 */
export function fixMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(MOJIBAKE_RE, (seq) => {
    const decoded = Buffer.from([...seq].map(toByte)).toString('utf8');
    return decoded.includes('\uFFFD') || [...decoded].length !== 1 ? seq : decoded;
  });
}

/** Decodes HTML entities (also double-escaped bodies such as Greenhouse's `content`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return load(`<body>${text.replace(/</g, '&lt;')}</body>`)('body').text();
}

/**
 * Tidies text for storage: repairs mojibake, drops soft hyphens and zero-width characters, collapses
 * runs of spaces, trims each line and keeps at most one blank line between paragraphs.
 */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return (
    fixMojibake(text)
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '')
      .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
      .replace(/(\S) {2,}/g, '$1 ')
      .split('\n')
      // Leading spaces survive only as list indentation ("  - item").
      .map((line) => line.trimEnd().replace(/^ +(?! *- )/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

interface Walk {
  out: string[];
  listDepth: number;
}

function walk(nodes: AnyNode[], state: Walk): void {
  for (const node of nodes) {
    if (isText(node)) {
      state.out.push(node.data.replace(/\s+/g, ' '));
      continue;
    }
    // Comments and directives have no children and no text worth keeping.
    if (!hasChildren(node)) continue;
    const tag = isTag(node) ? node.name.toLowerCase() : '';
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      state.out.push('\n');
      continue;
    }
    const isList = tag === 'ul' || tag === 'ol';
    if (tag === 'li') state.out.push(`\n${'  '.repeat(Math.max(0, state.listDepth - 1))}- `);
    else if (BLOCK_TAGS.has(tag)) state.out.push(isList ? '\n' : '\n\n');
    if (isList) state.listDepth++;
    walk(node.children, state);
    if (isList) state.listDepth--;
    if (BLOCK_TAGS.has(tag)) state.out.push(isList ? '\n' : '\n\n');
  }
}

/** HTML → readable text: paragraphs and headings as blank-line blocks, list items as "- " lines. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/<[a-z!/]/i.test(html)) {
    // Escaped markup ("&lt;p&gt;…") is decoded once and then read as HTML.
    const decoded = decodeEntities(html);
    return /<[a-z!/]/i.test(decoded) ? htmlToText(decoded) : cleanText(decoded);
  }
  const $ = load(html);
  const state: Walk = { out: [], listDepth: 0 };
  walk($.root().toArray(), state);
  // A block boundary right after a bullet's own line break would leave "- " alone on a line.
  return cleanText(
    state.out
      .join('')
      .replace(/\n( *)- [ \t]*(?:\n[ \t]*)+/g, '\n$1- ')
      .replace(/\n(?:[ \t]*\n)+(?=[ \t]*- )/g, '\n'),
  );
}
