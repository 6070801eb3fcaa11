import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermanentError } from '@app/contracts';
import { Bm25Index } from './bm25-index';
import { createBm25Indexes, loadOrRebuildBm25, bm25Path } from './bm25-indexes';
import { analyze } from './tokenizer';
import { porterStem } from './porter-stemmer';
import type { BM25Document } from './bm25.types';

const dir = mkdtempSync(join(tmpdir(), 'bm25-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const jobs: BM25Document[] = [
  {
    id: 'j1',
    fields: {
      title: 'Senior Python Developer',
      skills: ['Django', 'PostgreSQL'],
      description: 'Build APIs for our fintech platform.',
    },
    metadata: { source: 'dice', location_type: 'remote' },
  },
  {
    id: 'j2',
    fields: {
      title: 'Data Engineer',
      skills: ['Python', 'Spark', 'Airflow'],
      description: 'Pipelines and warehousing.',
    },
    metadata: { source: 'indeed', location_type: 'onsite' },
  },
  {
    id: 'j3',
    fields: {
      title: 'Frontend Engineer',
      skills: ['React', 'TypeScript'],
      description: 'Some scripting in Python is a plus; we are developing design systems.',
    },
    metadata: { source: 'dice', location_type: 'hybrid' },
  },
  {
    id: 'j4',
    fields: {
      title: 'Office Manager',
      skills: ['Scheduling'],
      description: 'Managing the office and vendors.',
    },
    metadata: { source: 'linkedin', location_type: 'onsite' },
  },
];

async function* stream(docs: BM25Document[]): AsyncIterable<BM25Document> {
  for (const d of docs) yield d;
}

void describe('analyze and porterStem', () => {
  void it('stems, drops stop words and keeps technical names whole', () => {
    assert.deepEqual(analyze('The engineers were managing the developments'), ['engin', 'manag', 'develop']);
    assert.deepEqual(analyze('C++ and C# on .NET with Node.js'), ['cplusplu', 'csharp', 'dotnet', 'nodej']);
    assert.deepEqual(analyze('Café Résumé'), ['cafe', 'resum']);
    assert.equal(porterStem('relational'), 'relat');
    assert.equal(porterStem('hopping'), 'hop');
    assert.equal(porterStem('ponies'), 'poni');
  });
});

void describe('Bm25Index', () => {
  const make = () => {
    const idx = new Bm25Index({ fields: { title: 3, skills: 2, description: 1 }, name: 'jobs' });
    jobs.forEach((j) => idx.add(j));
    return idx;
  };

  void it('ranks a title match above a skills match above a description match', () => {
    const hits = make().search('python', { limit: 10 });
    assert.deepEqual(
      hits.map((h) => h.id),
      ['j1', 'j2', 'j3'],
    );
    assert.ok(hits[0]!.score > hits[1]!.score && hits[1]!.score > hits[2]!.score);
    assert.match(hits[0]!.content, /Senior Python Developer/);
  });

  void it('matches inflected forms through stemming', () => {
    assert.deepEqual(
      make()
        .search('manager manage', { limit: 5 })
        .map((h) => h.id),
      ['j4'],
    );
    assert.deepEqual(
      make()
        .search('developers', { limit: 5 })
        .map((h) => h.id)
        .sort(),
      ['j1', 'j3'],
    );
    assert.deepEqual(make().search('the and of', { limit: 5 }), []);
  });

  void it('weights are configurable: a description-heavy index flips the order', () => {
    const idx = new Bm25Index({ fields: { title: 0.1, skills: 0.1, description: 10 } });
    jobs.forEach((j) => idx.add(j));
    assert.equal(idx.search('python', { limit: 1 })[0]!.id, 'j3');
  });

  void it('filters on metadata with equality and any-of', () => {
    const idx = make();
    assert.deepEqual(
      idx.search('python', { limit: 10, filter: { source: 'dice' } }).map((h) => h.id),
      ['j1', 'j3'],
    );
    assert.deepEqual(
      idx.search('python', { limit: 10, filter: { location_type: ['onsite', 'hybrid'] } }).map((h) => h.id),
      ['j2', 'j3'],
    );
    assert.deepEqual(idx.search('python', { limit: 10, filter: { source: 'nowhere' } }), []);
  });

  void it('removes and updates incrementally, keeping statistics right', () => {
    const idx = make();
    assert.equal(idx.remove('j1'), true);
    assert.equal(idx.remove('j1'), false);
    assert.deepEqual(
      idx.search('python', { limit: 10 }).map((h) => h.id),
      ['j2', 'j3'],
    );
    idx.update({ id: 'j2', fields: { title: 'Rust Engineer', skills: ['Rust'] } });
    assert.deepEqual(
      idx.search('python', { limit: 10 }).map((h) => h.id),
      ['j3'],
    );
    assert.deepEqual(
      idx.search('rust', { limit: 10 }).map((h) => h.id),
      ['j2'],
    );
    assert.equal(idx.size, 3);
    // Re-adding j1 gives the same score as a fresh index holding the same documents.
    idx.remove('j2');
    idx.add(jobs[0]!);
    idx.add(jobs[1]!);
    const fresh = make();
    assert.deepEqual(
      idx.search('python engineer', { limit: 4 }),
      fresh.search('python engineer', { limit: 4 }),
    );
  });

  void it('refuses unknown fields and enforces required filters', () => {
    const idx = new Bm25Index({ fields: { content: 1 }, requiredFilterKeys: ['user_id'], name: 'chunks' });
    assert.throws(() => idx.add({ id: 'x', fields: { body: 'text' } }), PermanentError);
    idx.add({ id: 'c1', fields: { content: 'Led a Kubernetes migration' }, metadata: { user_id: 'u1' } });
    idx.add({ id: 'c2', fields: { content: 'Kubernetes operators in Go' }, metadata: { user_id: 'u2' } });
    assert.throws(
      () => idx.search('kubernetes', { limit: 5 }),
      (e: unknown) => e instanceof PermanentError && e.kind === 'forbidden',
    );
    assert.deepEqual(
      idx.search('kubernetes', { limit: 5, filter: { user_id: 'u2' } }).map((h) => h.id),
      ['c2'],
    );
    assert.deepEqual(idx.search('kubernetes', { limit: 5, filter: { user_id: 'u' } }), []);
  });

  void it('saves and loads a snapshot that searches identically', async () => {
    const idx = make();
    idx.remove('j4');
    const path = join(dir, 'snap.json');
    await idx.save(path);
    const back = new Bm25Index({ fields: { title: 3, skills: 2, description: 1 } });
    await back.load(path);
    assert.equal(back.size, 3);
    assert.deepEqual(
      back.search('python engineer', { limit: 5 }),
      idx.search('python engineer', { limit: 5 }),
    );
    back.remove('j2');
    assert.deepEqual(back.search('spark', { limit: 5 }), []);
    const other = new Bm25Index({ fields: { title: 1 } });
    await assert.rejects(other.load(path), /fields differ/);
  });
});

void describe('loadOrRebuild', () => {
  void it('rebuilds from the source when the file is missing or corrupt, loads otherwise', async () => {
    const dataDir = join(dir, 'data');
    const sources = {
      job_embeddings: () => stream(jobs.map((j) => ({ ...j, fields: { ...j.fields } }))),
      resume_chunks: () =>
        stream([
          {
            id: 'c1',
            fields: { section: 'skills', content: 'TypeScript, NestJS' },
            metadata: { user_id: 'u1' },
          },
        ]),
    };
    const a = createBm25Indexes({ dataDir });
    assert.deepEqual(await loadOrRebuildBm25(a, sources), {
      job_embeddings: 'rebuilt',
      resume_chunks: 'rebuilt',
    });
    assert.ok(existsSync(bm25Path(dataDir, 'job_embeddings')));
    const b = createBm25Indexes({ dataDir });
    let pulled = 0;
    const counting = {
      ...sources,
      job_embeddings: () => {
        pulled++;
        return sources.job_embeddings();
      },
    };
    assert.deepEqual(await loadOrRebuildBm25(b, counting), {
      job_embeddings: 'loaded',
      resume_chunks: 'loaded',
    });
    assert.equal(pulled, 0);
    assert.equal(b.resume_chunks.search('nestjs', { limit: 3, filter: { user_id: 'u1' } })[0]!.id, 'c1');
    writeFileSync(bm25Path(dataDir, 'job_embeddings'), '{"format":"bm25-index","version":1,"fields":[');
    const c = createBm25Indexes({ dataDir });
    assert.equal(await c.job_embeddings.loadOrRebuild(undefined, counting.job_embeddings), 'rebuilt');
    assert.equal(pulled, 1);
    assert.equal(c.job_embeddings.search('airflow', { limit: 1 })[0]!.id, 'j2');
  });

  void it('saves debounced after changes when configured', async () => {
    const path = join(dir, 'debounced.json');
    const idx = new Bm25Index({ fields: { content: 1 }, path, saveDebounceMs: 20 });
    idx.add({ id: 'd1', fields: { content: 'hello world' } });
    assert.equal(existsSync(path), false);
    await new Promise((r) => setTimeout(r, 150));
    const back = new Bm25Index({ fields: { content: 1 }, path });
    await back.load();
    assert.equal(back.size, 1);
  });
});
