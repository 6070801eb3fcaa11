import { ALL_SKILLS } from './gazetteer';
import type { SkillEntry, SkillForm } from './skill.types';
import { tokenize, tokenKey } from './skill.tokenizer';

export interface Terminal {
  readonly entry: SkillEntry;
  readonly form: SkillForm;
}

export interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly terminals: Terminal[];
}

export interface SkillIndex {
  readonly root: TrieNode;
  /** Normalised form key → entry, for lookupSkill. */
  readonly byKey: ReadonlyMap<string, SkillEntry>;
  readonly entries: readonly SkillEntry[];
}

/** The key a name is stored and looked up under: its tokens, glued or spaced, lower-cased. */
export function formKey(text: string): string {
  return tokenize(text)
    .map((t, i) => tokenKey(t, i === 0))
    .join('');
}

function newNode(): TrieNode {
  return { children: new Map(), terminals: [] };
}

export function buildSkillIndex(entries: readonly SkillEntry[]): SkillIndex {
  const root = newNode();
  const byKey = new Map<string, SkillEntry>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const tokens = tokenize(form.text);
      if (tokens.length === 0) continue;
      let node = root;
      tokens.forEach((t, i) => {
        const key = tokenKey(t, i === 0);
        let next = node.children.get(key);
        if (!next) node.children.set(key, (next = newNode()));
        node = next;
      });
      node.terminals.push({ entry, form });
      const key = formKey(form.text);
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  return { root, byKey, entries };
}

let shared: SkillIndex | undefined;

/** Built once, on first use (a few ms), from the curated gazetteer. */
export function defaultSkillIndex(): SkillIndex {
  shared ??= buildSkillIndex(ALL_SKILLS);
  return shared;
}
