import { PermanentError } from '@app/contracts';
import type { Logger } from '@app/logging';
import {
  assertScoped,
  collectionSpec,
  type CollectionName,
  type Payload,
  type VectorStore,
} from '@app/vector';
import type { TextEmbedder } from '../embedding/text-embedder';
import { metadataMatches } from './bm25-index';
import type { Bm25Indexes } from './bm25-indexes';
import type { BM25Document, MetadataFilter } from './bm25.types';

/** The seed's IndexDocument: an id, the text, and string metadata. */
export interface IndexableDocument {
  id: string;
  content: string;
  metadata?: Record<string, string>;
}

export interface SearchIndexerDeps {
  bm25: Bm25Indexes;
  vectorStore?: VectorStore;
  embedder?: TextEmbedder;
  logger?: Logger;
  /** Most documents per index() call; default 512. */
  maxBatch?: number;
}

/**
 * BM25 fields from an IndexDocument. Jobs: title, skills (comma list) and company come from
 * metadata, the content is the description. Resume chunks: metadata.section and the content.
 */
export function toBm25Document(collection: CollectionName, doc: IndexableDocument): BM25Document {
  const m = doc.metadata ?? {};
  if (collection === 'resume_chunks') {
    return {
      id: doc.id,
      fields: { section: m.section, content: doc.content },
      metadata: m,
      content: doc.content,
    };
  }
  const skills = m.skills ? m.skills.split(',').map((s) => s.trim()) : undefined;
  const fields = { title: m.title, skills, company: m.company, description: doc.content };
  return { id: doc.id, fields, metadata: m, content: [m.title, doc.content].filter(Boolean).join('\n') };
}

/** Vector payload: the metadata as given, plus the text for resume chunks (as in the seed). */
export function toVectorPayload(collection: CollectionName, doc: IndexableDocument): Payload {
  const payload: Payload = { ...doc.metadata };
  if (collection === 'resume_chunks') payload.content = doc.content;
  else payload.job_id ??= doc.id;
  return payload;
}

/** Writes documents to both BM25 and the vector store (the seed's IndexDocuments / ClearIndex). */
export class SearchIndexer {
  constructor(private readonly deps: SearchIndexerDeps) {}

  async index(collectionName: string, docs: readonly IndexableDocument[]): Promise<number> {
    const collection = collectionSpec(collectionName).name;
    this.validate(collection, docs);
    if (docs.length === 0) return 0;
    const { vectorStore, embedder } = this.deps;
    // Vectors first: if embedding or the store fails, BM25 is untouched and a retry is clean.
    if (vectorStore && embedder) {
      const vectors = await embedder.embed(docs.map((d) => d.content));
      await vectorStore.upsert(
        collection,
        docs.map((d, i) => ({ id: d.id, vector: vectors[i]!, payload: toVectorPayload(collection, d) })),
      );
    }
    for (const d of docs) this.deps.bm25[collection].add(toBm25Document(collection, d));
    return docs.length;
  }

  /** Removes by id; for resume chunks only those of the user in `filter`. */
  async remove(collectionName: string, ids: readonly string[], filter?: MetadataFilter): Promise<void> {
    const collection = collectionSpec(collectionName).name;
    assertScoped(collection, filter, 'delete');
    await this.deps.vectorStore?.delete(collection, ids, filter);
    const index = this.deps.bm25[collection];
    for (const id of ids) {
      const doc = index.getDocument(id);
      if (doc && (!filter || metadataMatches(doc.metadata, filter))) index.remove(id);
    }
  }

  async clear(collectionName: string): Promise<void> {
    const collection = collectionSpec(collectionName).name;
    await this.deps.vectorStore?.clear(collection);
    this.deps.bm25[collection].clear();
    this.deps.logger?.info({ collection }, 'search index cleared');
  }

  private validate(collection: CollectionName, docs: readonly IndexableDocument[]): void {
    const max = this.deps.maxBatch ?? 512;
    if (docs.length > max)
      throw new PermanentError(`at most ${max} documents per call, got ${docs.length}`, 'too_large');
    const required = collectionSpec(collection).requiredFilterKeys;
    for (const d of docs) {
      if (typeof d.id !== 'string' || !d.id) throw new PermanentError('every document needs a non-empty id');
      if (typeof d.content !== 'string' || !d.content.trim())
        throw new PermanentError(`document ${d.id} has no content`);
      for (const key of required) {
        if (!d.metadata?.[key])
          throw new PermanentError(`document ${d.id} for ${collection} needs metadata.${key}`);
      }
    }
  }
}
