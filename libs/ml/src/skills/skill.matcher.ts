import type { SkillIndex, Terminal, TrieNode } from './skill-index';
import type { Token } from './skill.tokenizer';

/** A gazetteer hit before context rules decide whether a common-word form counts. */
export interface Candidate extends Terminal {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Symbols that glue a neighbour into something that is not the skill: "R&D", "AT&T", "@go". */
const GLUE_BEFORE = new Set(['&', '@', '$', '.', '\\']);
const GLUE_AFTER = new Set(['&', '@']);

/** Greedy longest match from each token, left to right; matches never overlap. */
export function findCandidates(text: string, tokens: readonly Token[], index: SkillIndex): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = longestAt(text, tokens, i, index.root);
    if (hit && boundaryOk(tokens, hit)) {
      found.push(hit);
      i = hit.lastToken + 1;
    } else {
      i += 1;
    }
  }
  return found;
}

function longestAt(
  text: string,
  tokens: readonly Token[],
  first: number,
  root: TrieNode,
): Candidate | undefined {
  let node: TrieNode | undefined = root.children.get(tokens[first]!.lower);
  let best: Terminal | undefined;
  let last = first;
  const start = tokens[first]!.start;
  for (let j = first; node; node = node.children.get(tokens[++j]?.key ?? '')) {
    if (node.terminals.length === 0) continue;
    const end = tokens[j]!.end;
    const terminal = node.terminals.find((t) => caseOk(t, text, start, end));
    if (terminal) {
      best = terminal;
      last = j;
    }
    if (node.children.size === 0) break;
  }
  if (!best) return undefined;
  return {
    entry: best.entry,
    form: best.form,
    start,
    end: tokens[last]!.end,
    firstToken: first,
    lastToken: last,
  };
}

function caseOk(terminal: Terminal, text: string, start: number, end: number): boolean {
  if (!terminal.form.caseSensitive) return true;
  return text.slice(start, end).replace(/\s+/g, ' ') === terminal.form.text;
}

function boundaryOk(tokens: readonly Token[], hit: Candidate): boolean {
  const before = tokens[hit.firstToken - 1];
  const first = tokens[hit.firstToken]!;
  if (before && !first.spaced && GLUE_BEFORE.has(before.lower) && first.lower !== '.') return false;
  const after = tokens[hit.lastToken + 1];
  return !(after && !after.spaced && GLUE_AFTER.has(after.lower));
}
