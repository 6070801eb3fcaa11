import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { QdrantClient } from '@qdrant/js-client-rest';
import { QdrantVectorStore } from './qdrant-vector-store';
import { toQdrantFilter } from './qdrant-filter';
import { uuidV5 } from '../point-ids';
import { vectorStoreContract } from '../testing/vector-store.contract';

const url = process.env.QDRANT_URL;
const skip = url ? undefined : 'QDRANT_URL is not set: no Qdrant server to run the contract against';
if (!url) process.stdout.write(`# skipping Qdrant contract: ${skip}\n`);

vectorStoreContract(
  'qdrant',
  () => {
    const prefixes: string[] = [];
    const byStore = new WeakMap<object, string>();
    const make = (prefix: string) => {
      const s = new QdrantVectorStore({ url: url!, collectionPrefix: prefix });
      byStore.set(s, prefix);
      return s;
    };
    return {
      async fresh() {
        const prefix = `contract_${process.pid}_${Date.now()}_${prefixes.length}`;
        prefixes.push(prefix);
        return make(prefix);
      },
      async reopen(store) {
        await store.close();
        return make(byStore.get(store)!);
      },
      async cleanup() {
        const client = new QdrantClient({ url: url!, checkCompatibility: false });
        for (const p of prefixes) {
          for (const c of ['resume_chunks', 'job_embeddings'])
            await client.deleteCollection(`${p}_${c}`).catch(() => undefined);
        }
      },
    };
  },
  skip,
);

// These need no server: the id and filter mappings the adapter sends.
void describe('Qdrant mappings', () => {
  void it('derives RFC 4122 v5 UUIDs deterministically', () => {
    // Known vector: uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module.
    assert.equal(
      uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
    assert.equal(uuidV5('job-1'), uuidV5('job-1'));
    assert.notEqual(uuidV5('job-1'), uuidV5('job-2'));
  });

  void it('maps filters to must conditions', () => {
    assert.deepEqual(toQdrantFilter({ user_id: 'u1', source: ['dice', 'indeed'], skip: undefined }), {
      must: [
        { key: 'user_id', match: { value: 'u1' } },
        { key: 'source', match: { any: ['dice', 'indeed'] } },
      ],
    });
    assert.equal(toQdrantFilter({}), undefined);
  });
});
