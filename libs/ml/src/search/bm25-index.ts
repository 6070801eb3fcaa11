import { PermanentError } from '@app/contracts';
import type { Logger } from '@app/logging';
import { analyze } from './tokenizer';
import { NormCache, scoreTerms, selectTop } from './bm25-scorer';
import {
  MAX_FIELDS,
  deserialise,
  emptyState,
  packTf,
  readSnapshot,
  serialise,
  writeSnapshot,
  type Bm25State,
} from './bm25-state';
import type {
  BM25Document,
  Bm25Hit,
  Bm25Options,
  Bm25SearchOptions,
  DocumentSource,
  MetadataFilter,
} from './bm25.types';

/**
 * In-memory BM25F index: per-field term frequencies, each normalised by that field's length and
 * weighted, summed before saturation (Robertson & Zaragoza 2009). Incremental add/remove/update,
 * persisted as one JSON snapshot.
 */
export class Bm25Index {
  readonly fields: readonly string[];
  private readonly weights: readonly number[];
  private readonly k1: number;
  private readonly b: number;
  private s: Bm25State;
  private dirty = false;
  /** Bumped on every change; the norm cache is valid for one version. */
  private version = 0;
  private readonly norms = new NormCache();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly opts: Bm25Options,
    private readonly logger?: Logger,
  ) {
    const entries = Object.entries(opts.fields);
    if (entries.length === 0 || entries.length > MAX_FIELDS) {
      throw new PermanentError(`a BM25 index needs 1 to ${MAX_FIELDS} fields, got ${entries.length}`);
    }
    if (entries.some(([, w]) => !(w > 0))) throw new PermanentError('BM25 field weights must be positive');
    this.fields = entries.map(([f]) => f);
    this.weights = entries.map(([, w]) => w);
    this.k1 = opts.k1 ?? 1.2;
    this.b = opts.b ?? 0.75;
    this.s = emptyState(this.fields.length);
  }

  get name(): string {
    return this.opts.name ?? 'bm25';
  }

  get size(): number {
    return this.s.docs.size;
  }

  has(id: string): boolean {
    return this.s.ids.has(id);
  }

  /** Stored content and metadata of a document (fusion fills in texts of vector-only hits from here). */
  getDocument(id: string): { content: string; metadata: Record<string, string> } | undefined {
    const num = this.s.ids.get(id);
    const d = num === undefined ? undefined : this.s.docs.get(num);
    return d && { content: d.content, metadata: { ...d.metadata } };
  }

  /** Adds a document, replacing any with the same id (so add is also update). */
  add(doc: BM25Document): void {
    this.insert(this.s, doc);
    this.touch();
  }

  update(doc: BM25Document): void {
    this.add(doc);
  }

  remove(id: string): boolean {
    const removed = this.delete(this.s, id);
    if (removed) this.touch();
    return removed;
  }

  clear(): void {
    this.s = emptyState(this.fields.length);
    this.touch();
  }

  search(query: string, opts: Bm25SearchOptions): Bm25Hit[] {
    this.assertScoped(opts.filter);
    const terms = [...new Set(analyze(query))];
    if (terms.length === 0 || this.s.docs.size === 0 || opts.limit < 1) return [];
    const params = { weights: this.weights, k1: this.k1, b: this.b };
    const factors = this.norms.get(this.s, params, this.version);
    const { scores, touched } = scoreTerms(this.s, terms, params, factors);
    const docs = this.s.docs;
    const filter = opts.filter;
    const matches = filter && compileMetadataFilter(filter);
    const accept = matches ? (num: number) => matches(docs.get(num)!.metadata) : undefined;
    const byId = (a: number, b: number) => (docs.get(a)!.id < docs.get(b)!.id ? -1 : 1);
    return selectTop(scores, touched, opts.limit, accept, byId).map((num) => {
      const d = docs.get(num)!;
      return { id: d.id, score: scores[num]!, content: d.content, metadata: { ...d.metadata } };
    });
  }

  /** Replaces the whole index with the documents of `source` (searches see the old one meanwhile). */
  async rebuild(source: DocumentSource): Promise<number> {
    const next = emptyState(this.fields.length);
    const iterable = typeof source === 'function' ? source() : source;
    for await (const doc of iterable) this.insert(next, doc);
    this.s = next;
    this.touch();
    this.logger?.info({ index: this.name, count: next.docs.size }, 'bm25 index rebuilt');
    return next.docs.size;
  }

  async save(path: string | undefined = this.opts.path): Promise<void> {
    if (!path) throw new PermanentError(`bm25 index ${this.name} has no file path to save to`);
    this.dirty = false;
    await writeSnapshot(path, serialise(this.s, this.fields));
  }

  /** Loads a snapshot; throws (file missing, unreadable, other fields) and leaves the index as it was. */
  async load(path: string | undefined = this.opts.path): Promise<void> {
    if (!path) throw new PermanentError(`bm25 index ${this.name} has no file path to load from`);
    this.s = deserialise(await readSnapshot(path), this.fields);
    this.version++;
    this.dirty = false;
  }

  /** Loads the file; when it is missing or unreadable, rebuilds from the source and saves. */
  async loadOrRebuild(path: string | undefined, source: DocumentSource): Promise<'loaded' | 'rebuilt'> {
    const file = path ?? this.opts.path;
    if (!file) {
      await this.rebuild(source);
      return 'rebuilt';
    }
    try {
      await this.load(file);
      return 'loaded';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.logger?.warn(
          { index: this.name, err: (e as Error).message },
          'bm25 index file unusable, rebuilding',
        );
      }
    }
    await this.rebuild(source);
    await this.save(file);
    return 'rebuilt';
  }

  /** Saves now when there are unsaved changes and a path. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty && this.opts.path) await this.save();
  }

  private insert(s: Bm25State, doc: BM25Document): void {
    if (typeof doc.id !== 'string' || doc.id.length === 0)
      throw new PermanentError('document id must be a non-empty string');
    const unknown = Object.keys(doc.fields).filter((f) => !this.fields.includes(f));
    if (unknown.length > 0) {
      throw new PermanentError(
        `unknown field(s) ${unknown.join(', ')} for index ${this.name} (has ${this.fields.join(', ')})`,
      );
    }
    this.delete(s, doc.id);
    const perTerm = new Map<string, number[]>();
    const lens = this.fields.map((field, f) => {
      const raw = doc.fields[field];
      const text = Array.isArray(raw) ? raw.join(' , ') : ((raw as string | null | undefined) ?? '');
      const tokens = analyze(text);
      for (const t of tokens) {
        let tfs = perTerm.get(t);
        if (!tfs) perTerm.set(t, (tfs = new Array<number>(this.fields.length).fill(0)));
        tfs[f]!++;
      }
      return tokens.length;
    });
    const num = s.next++;
    const content =
      doc.content ??
      this.fields
        .map((f) => joinField(doc.fields[f]))
        .filter(Boolean)
        .join('\n');
    s.docs.set(num, { id: doc.id, lens, metadata: { ...doc.metadata }, content, terms: [...perTerm.keys()] });
    s.ids.set(doc.id, num);
    lens.forEach((l, f) => (s.totals[f]! += l));
    for (const [term, tfs] of perTerm) {
      let list = s.postings.get(term);
      if (!list) s.postings.set(term, (list = new Map<number, number>()));
      list.set(num, packTf(tfs));
    }
  }

  private delete(s: Bm25State, id: string): boolean {
    const num = s.ids.get(id);
    if (num === undefined) return false;
    const doc = s.docs.get(num)!;
    for (const term of doc.terms) {
      const list = s.postings.get(term);
      list?.delete(num);
      if (list?.size === 0) s.postings.delete(term);
    }
    doc.lens.forEach((l, f) => (s.totals[f]! -= l));
    s.docs.delete(num);
    s.ids.delete(id);
    return true;
  }

  private assertScoped(filter: MetadataFilter | undefined): void {
    for (const key of this.opts.requiredFilterKeys ?? []) {
      const v = filter?.[key];
      if (typeof v !== 'string' || v.length === 0) {
        throw new PermanentError(
          `search on ${this.name} requires a "${key}" filter (a single value)`,
          'forbidden',
        );
      }
    }
  }

  private touch(): void {
    this.version++;
    this.dirty = true;
    if (!this.opts.path || this.opts.saveDebounceMs === undefined || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((e: unknown) =>
        this.logger?.error({ err: e, index: this.name }, 'bm25 save failed'),
      );
    }, this.opts.saveDebounceMs);
    this.timer.unref();
  }
}

const joinField = (v: BM25Document['fields'][string]): string =>
  Array.isArray(v) ? v.join(', ') : ((v as string | null | undefined) ?? '');

/** AND over keys: a string is equality, an array any-of; undefined entries are ignored. */
export function compileMetadataFilter(filter: MetadataFilter): (meta: Record<string, string>) => boolean {
  const conds = Object.entries(filter).filter(([, v]) => v !== undefined) as [
    string,
    string | readonly string[],
  ][];
  return (meta) => {
    for (const [key, want] of conds) {
      const have = meta[key];
      if (have === undefined) return false;
      if (typeof want === 'string' ? have !== want : !want.includes(have)) return false;
    }
    return true;
  };
}

export function metadataMatches(meta: Record<string, string>, filter: MetadataFilter): boolean {
  return compileMetadataFilter(filter)(meta);
}
