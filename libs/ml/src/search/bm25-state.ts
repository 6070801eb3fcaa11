import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Per-field term frequencies are packed into one number: 10 bits per field, at most 5 fields. */
export const MAX_FIELDS = 5;
const FIELD_BASE = 1024;

export function packTf(tfs: readonly number[]): number {
  let packed = 0;
  for (let f = tfs.length - 1; f >= 0; f--) packed = packed * FIELD_BASE + Math.min(tfs[f]!, FIELD_BASE - 1);
  return packed;
}

export function unpackTf(packed: number, nFields: number, out: number[]): number[] {
  for (let f = 0; f < nFields; f++) {
    out[f] = packed % FIELD_BASE;
    packed = Math.floor(packed / FIELD_BASE);
  }
  return out;
}

export interface DocEntry {
  id: string;
  lens: number[];
  metadata: Record<string, string>;
  content: string;
  /** Distinct terms of the document, so removal touches only its postings. */
  terms: string[];
}

export interface Bm25State {
  docs: Map<number, DocEntry>;
  ids: Map<string, number>;
  /** term → (doc number → packed per-field tf) */
  postings: Map<string, Map<number, number>>;
  /** Sum of each field's length over all documents (for average lengths). */
  totals: number[];
  next: number;
}

export const emptyState = (nFields: number): Bm25State => ({
  docs: new Map(),
  ids: new Map(),
  postings: new Map(),
  totals: new Array<number>(nFields).fill(0),
  next: 0,
});

const FORMAT = 'bm25-index';
const VERSION = 1;

interface Snapshot {
  format: string;
  version: number;
  fields: string[];
  docs: [number, string, number[], Record<string, string>, string][];
  postings: Record<string, number[]>;
}

export function serialise(state: Bm25State, fields: readonly string[]): string {
  const docs: Snapshot['docs'] = [];
  for (const [n, d] of state.docs) docs.push([n, d.id, d.lens, d.metadata, d.content]);
  const postings: Record<string, number[]> = {};
  for (const [term, list] of state.postings) {
    const flat: number[] = [];
    for (const [n, tf] of list) flat.push(n, tf);
    postings[term] = flat;
  }
  const snap: Snapshot = { format: FORMAT, version: VERSION, fields: [...fields], docs, postings };
  return JSON.stringify(snap);
}

/** Throws when the text is not a snapshot of an index with exactly these fields. */
export function deserialise(text: string, fields: readonly string[]): Bm25State {
  const snap = JSON.parse(text) as Snapshot;
  if (snap.format !== FORMAT || snap.version !== VERSION)
    throw new Error('not a bm25 index snapshot of this version');
  if (snap.fields.join('\u0000') !== fields.join('\u0000')) {
    throw new Error(`indexed fields differ: file has [${snap.fields.join(', ')}]`);
  }
  const state = emptyState(fields.length);
  for (const [n, id, lens, metadata, content] of snap.docs) {
    if (lens.length !== fields.length) throw new Error(`document ${id} has ${lens.length} field lengths`);
    state.docs.set(n, { id, lens, metadata, content, terms: [] });
    state.ids.set(id, n);
    lens.forEach((l, f) => (state.totals[f]! += l));
    state.next = Math.max(state.next, n + 1);
  }
  for (const [term, flat] of Object.entries(snap.postings)) {
    const list = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const doc = state.docs.get(flat[i]!);
      if (!doc) throw new Error(`posting for "${term}" names an unknown document`);
      list.set(flat[i]!, flat[i + 1]!);
      doc.terms.push(term);
    }
    state.postings.set(term, list);
  }
  return state;
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the previous file. */
export async function writeSnapshot(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

export const readSnapshot = (path: string): Promise<string> => readFile(path, 'utf8');
