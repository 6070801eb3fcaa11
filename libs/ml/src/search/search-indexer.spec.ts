import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { UsearchVectorStore } from '@app/vector';
import { createBm25Indexes } from './bm25-indexes';
import { HybridSearch } from './hybrid-search';
import { SearchIndexer, toBm25Document } from './search-indexer';
import { SeededEmbedder } from './testing/seeded-embedder';

const setup = () => {
  const deps = {
    bm25: createBm25Indexes(),
    vectorStore: new UsearchVectorStore(),
    embedder: new SeededEmbedder(),
  };
  return { deps, indexer: new SearchIndexer(deps), search: new HybridSearch(deps) };
};

void describe('SearchIndexer', () => {
  void it('indexes into BM25 and the vector store, so both retrievers find a document', async () => {
    const { deps, indexer, search } = setup();
    const n = await indexer.index('job_embeddings', [
      {
        id: 'a',
        content: 'We build payment APIs in Go.',
        metadata: { title: 'Backend Engineer', skills: 'Go, gRPC', source: 'dice' },
      },
      {
        id: 'b',
        content: 'Backend engineer wanted for dashboards.',
        metadata: { title: 'Frontend Engineer', skills: 'React', source: 'indeed' },
      },
    ]);
    assert.equal(n, 2);
    assert.equal(await deps.vectorStore.count('job_embeddings'), 2);
    const res = await search.search({ query: 'backend engineer', collection: 'job_embeddings' });
    assert.equal(res.searchMode, 'hybrid');
    // Both mention "backend engineer"; the title match outweighs the description match.
    assert.equal(deps.bm25.job_embeddings.search('backend engineer', { limit: 2 })[0]!.id, 'a');
    assert.deepEqual(res.results.map((r) => r.id).sort(), ['a', 'b']);
    const byVector = await search.search({
      query: 'We build payment APIs in Go.',
      collection: 'job_embeddings',
      useHybrid: false,
      topK: 1,
    });
    assert.equal(byVector.results[0]!.id, 'a');
    assert.equal(byVector.results[0]!.metadata.job_id, 'a');
  });

  void it('maps job metadata to weighted BM25 fields', () => {
    const doc = toBm25Document('job_embeddings', {
      id: 'x',
      content: 'desc',
      metadata: { title: 'T', skills: 'Go, Rust', company: 'C' },
    });
    assert.deepEqual(doc.fields, { title: 'T', skills: ['Go', 'Rust'], company: 'C', description: 'desc' });
  });

  void it('keeps resume chunks per user: refuses unscoped writes and removes only within the user', async () => {
    const { deps, indexer, search } = setup();
    await assert.rejects(
      indexer.index('resume_chunks', [{ id: 'c1', content: 'Led Kubernetes migration' }]),
      PermanentError,
    );
    await indexer.index('resume_chunks', [
      { id: 'c1', content: 'Led Kubernetes migration', metadata: { user_id: 'u1', section: 'experience' } },
      { id: 'c2', content: 'Kubernetes operators', metadata: { user_id: 'u2', section: 'experience' } },
    ]);
    await assert.rejects(indexer.remove('resume_chunks', ['c1']), PermanentError);
    await indexer.remove('resume_chunks', ['c1'], { user_id: 'u2' });
    const u1 = await search.search({
      query: 'kubernetes',
      collection: 'resume_chunks',
      filters: { user_id: 'u1' },
    });
    assert.deepEqual(
      u1.results.map((r) => r.id),
      ['c1'],
    );
    assert.equal(u1.results[0]!.content, 'Led Kubernetes migration');
    await indexer.remove('resume_chunks', ['c1'], { user_id: 'u1' });
    const after = await search.search({
      query: 'kubernetes',
      collection: 'resume_chunks',
      filters: { user_id: 'u1' },
    });
    assert.deepEqual(after.results, []);
    assert.equal(await deps.vectorStore.count('resume_chunks'), 1);
  });

  void it('clears a collection and rejects bad input', async () => {
    const { deps, indexer } = setup();
    await indexer.index('job_embeddings', [{ id: 'a', content: 'text', metadata: { title: 'T' } }]);
    await indexer.clear('job_embeddings');
    assert.equal(deps.bm25.job_embeddings.size, 0);
    assert.equal(await deps.vectorStore.count('job_embeddings'), 0);
    await assert.rejects(
      indexer.index('nope', []),
      (e: unknown) => e instanceof PermanentError && e.kind === 'not_found',
    );
    await assert.rejects(indexer.index('job_embeddings', [{ id: 'a', content: '  ' }]), PermanentError);
    const many = Array.from({ length: 513 }, (_, i) => ({ id: `d${i}`, content: 'x' }));
    await assert.rejects(
      indexer.index('job_embeddings', many),
      (e: unknown) => e instanceof PermanentError && e.kind === 'too_large',
    );
  });
});
