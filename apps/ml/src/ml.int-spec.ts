import 'reflect-metadata';
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { status } from '@grpc/grpc-js';
import type { MlGrpcClient, MlRpc } from './grpc/ml.grpc-client';
import {
  cosine,
  modelSkipReason,
  norm,
  removeDir,
  startMl,
  tempDir,
  type RunningMl,
} from './testing/ml-test-setup';
import { CHUNKS, expectStatus, JOBS, type SearchReply, type Vec } from './testing/ml-fixtures';

const skip = modelSkipReason();

describe('ml gRPC service over loopback', { skip }, () => {
  let dir: string;
  let ml: RunningMl;
  let c: MlGrpcClient;
  const call = <T>(rpc: MlRpc, req: object): Promise<T> => c.call<T>(rpc, req);

  before(async () => {
    dir = tempDir('ml-int-');
    ml = await startMl(dir);
    c = ml.client;
  });
  after(async () => {
    await ml?.stop();
    removeDir(dir);
  });

  it('Embed returns 384 floats with unit norm', async () => {
    const { embedding } = await call<{ embedding: Vec }>('Embed', {
      text: 'Senior backend engineer, Go and Kubernetes',
    });
    assert.equal(embedding.length, 384);
    assert.ok(Math.abs(norm(embedding) - 1) < 1e-3, `norm ${norm(embedding)}`);
  });

  it('EmbedBatch keeps count and order; similar texts are closer than unrelated ones', async () => {
    const texts = [
      'backend developer with k8s experience',
      'Kubernetes platform engineer',
      'a recipe for chocolate cake',
    ];
    const { embeddings } = await call<{ embeddings: Array<{ vector: Vec }> }>('EmbedBatch', { texts });
    assert.equal(embeddings.length, 3);
    for (const [i, text] of texts.entries()) {
      const { embedding } = await call<{ embedding: Vec }>('Embed', { text });
      assert.ok(
        cosine(embedding, embeddings[i]!.vector) > 0.999,
        `batch item ${i} is the vector of texts[${i}]`,
      );
    }
    const [a, b, cake] = embeddings.map((e) => e.vector) as [Vec, Vec, Vec];
    assert.ok(
      cosine(a, b) > cosine(a, cake) + 0.1,
      `related ${cosine(a, b)} vs unrelated ${cosine(a, cake)}`,
    );
  });

  it('Rerank puts the relevant document first and honours top_k', async () => {
    const documents = [
      { id: 'cake', content: 'Bake the chocolate cake for forty minutes.', score: 0 },
      { id: 'py', content: 'Data engineer building Python pipelines with Spark and Airflow.', score: 0 },
      { id: 'css', content: 'Frontend role: CSS, HTML and accessibility.', score: 0 },
    ];
    const res = await call<{ documents: Array<{ id: string; rank: number; score: number }> }>('Rerank', {
      query: 'python data engineer',
      documents,
      top_k: 2,
    });
    assert.equal(res.documents.length, 2);
    assert.equal(res.documents[0]!.id, 'py');
    assert.deepEqual(
      res.documents.map((d) => d.rank),
      [1, 2],
    );
    assert.ok(res.documents[0]!.score >= res.documents[1]!.score);
  });

  it('IndexDocuments then Search finds jobs in hybrid and vector mode, with filters', async () => {
    const { indexed_count } = await call<{ indexed_count: number }>('IndexDocuments', {
      collection: 'job_embeddings',
      documents: JOBS,
    });
    assert.equal(indexed_count, 3);
    const hybrid = await call<SearchReply>('Search', {
      query: 'kubernetes platform engineer',
      collection: 'job_embeddings',
      top_k: 3,
      use_hybrid: true,
    });
    assert.match(hybrid.search_mode, /^hybrid/);
    assert.equal(hybrid.results[0]!.id, 'job-k8s');
    assert.equal(hybrid.results[0]!.metadata.company, 'Acme');
    const vector = await call<SearchReply>('Search', {
      query: 'react user interfaces',
      collection: 'job_embeddings',
      top_k: 2,
      use_hybrid: false,
    });
    assert.match(vector.search_mode, /^vector/);
    assert.equal(vector.results[0]!.id, 'job-react');
    const filtered = await call<SearchReply>('Search', {
      query: 'engineer',
      collection: 'job_embeddings',
      top_k: 10,
      use_hybrid: true,
      vector_weight: 0.7,
      filters: { source: 'greenhouse' },
    });
    assert.deepEqual(filtered.results.map((r) => r.id).sort(), ['job-data', 'job-k8s']);
  });

  it('resume_chunks: indexed per user, searched only with a user_id filter', async () => {
    await call('IndexDocuments', { collection: 'resume_chunks', documents: CHUNKS });
    const res = await call<SearchReply>('Search', {
      query: 'kubernetes',
      collection: 'resume_chunks',
      use_hybrid: true,
      filters: { user_id: 'u1' },
    });
    assert.ok(res.results.length > 0);
    assert.equal(res.results[0]!.id, 'u1-a');
    assert.ok(
      res.results.every((r) => r.metadata.user_id === 'u1'),
      'only u1 chunks',
    );
    await expectStatus(
      call('Search', { query: 'kubernetes', collection: 'resume_chunks', use_hybrid: true }),
      status.INVALID_ARGUMENT,
      /user_id/,
    );
    await expectStatus(
      call('IndexDocuments', {
        collection: 'resume_chunks',
        documents: [{ id: 'x', content: 'no owner', metadata: {} }],
      }),
      status.INVALID_ARGUMENT,
      /user_id/,
    );
  });

  it('ExtractSkills maps aliases and splits categories', async () => {
    const res = await call<{ technical_skills: string[]; soft_skills: string[]; tools: string[] }>(
      'ExtractSkills',
      {
        text: 'Experience with k8s and Postgres required; strong communication skills.',
      },
    );
    const all = [...res.technical_skills, ...res.tools];
    assert.ok(all.includes('Kubernetes'), JSON.stringify(res));
    assert.ok(all.includes('PostgreSQL'), JSON.stringify(res));
    assert.ok(res.soft_skills.includes('Communication'), JSON.stringify(res));
  });

  it('ClearIndex empties the collection', async () => {
    const { success } = await call<{ success: boolean }>('ClearIndex', { collection: 'job_embeddings' });
    assert.equal(success, true);
    for (const use_hybrid of [true, false]) {
      const res = await call<SearchReply>('Search', {
        query: 'kubernetes platform engineer',
        collection: 'job_embeddings',
        use_hybrid,
      });
      assert.equal(res.results.length, 0, `no results after clear (use_hybrid=${use_hybrid})`);
    }
  });

  it('refuses bad input with a status and a message', async () => {
    const INVALID = status.INVALID_ARGUMENT;
    await expectStatus(call('Embed', { text: '' }), INVALID, /text is empty/);
    await expectStatus(call('Embed', { text: '   ' }), INVALID, /text is empty/);
    await expectStatus(call('EmbedBatch', { texts: [] }), INVALID, /texts is empty/);
    await expectStatus(call('EmbedBatch', { texts: ['ok', ''] }), INVALID, /texts\[1\] is empty/);
    const big = Array.from({ length: 257 }, (_, i) => `text ${i}`);
    await expectStatus(
      call('EmbedBatch', { texts: big }),
      status.RESOURCE_EXHAUSTED,
      /257 texts, at most 256/,
    );
    await expectStatus(
      call('Embed', { text: 'x'.repeat(20_001) }),
      status.RESOURCE_EXHAUSTED,
      /at most 20000/,
    );
    const valid = /valid collections: resume_chunks, job_embeddings/;
    await expectStatus(call('Search', { query: 'x', collection: 'jobs' }), status.NOT_FOUND, valid);
    await expectStatus(
      call('IndexDocuments', { collection: 'nope', documents: JOBS }),
      status.NOT_FOUND,
      valid,
    );
    await expectStatus(call('ClearIndex', { collection: '' }), INVALID, valid);
    await expectStatus(
      call('Search', { query: 'x', collection: 'job_embeddings', top_k: 101 }),
      INVALID,
      /top_k/,
    );
    await expectStatus(
      call('Search', { query: 'x', collection: 'job_embeddings', top_k: -1 }),
      INVALID,
      /top_k/,
    );
    await expectStatus(
      call('Search', { query: 'x', collection: 'job_embeddings', vector_weight: 1.5 }),
      INVALID,
      /vector_weight/,
    );
    await expectStatus(
      call('Search', { query: '', collection: 'job_embeddings' }),
      INVALID,
      /query is empty/,
    );
    await expectStatus(
      call('Rerank', { query: 'x', documents: [{ id: 'a', content: 'b' }], top_k: -2 }),
      INVALID,
      /top_k/,
    );
    await expectStatus(call('Rerank', { query: '', documents: [] }), INVALID, /query is empty/);
    await expectStatus(call('ExtractSkills', { text: '' }), INVALID, /text is empty/);
    await expectStatus(
      call('IndexDocuments', { collection: 'job_embeddings', documents: [{ id: '', content: 'x' }] }),
      INVALID,
      /id/,
    );
  });
});
