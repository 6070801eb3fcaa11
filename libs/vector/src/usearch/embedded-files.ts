import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payload } from '../vector-store.port';
import type { EmbeddedCollection } from './embedded-collection';

/**
 * On-disk layout per collection under the data directory:
 *   <name>.meta.json     format version, dimensions, count (written last: it marks a complete save)
 *   <name>.points.json   ids and payloads, in row order
 *   <name>.vectors.f32   normalised vectors, row-major float32, same order
 *   <name>.hnsw          usearch graph (optional: rebuilt from the vectors when missing or stale)
 * Every file is written to a temporary name and renamed, so a crash leaves the previous save.
 */
const FORMAT_VERSION = 1;

interface Meta {
  version: number;
  dimensions: number;
  count: number;
}

function files(dir: string, name: string) {
  return {
    meta: join(dir, `${name}.meta.json`),
    points: join(dir, `${name}.points.json`),
    vectors: join(dir, `${name}.vectors.f32`),
    hnsw: join(dir, `${name}.hnsw`),
  };
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function saveCollection(dir: string, coll: EmbeddedCollection): void {
  mkdirSync(dir, { recursive: true });
  const f = files(dir, coll.name);
  const ids: string[] = [];
  const payloads: Payload[] = [];
  const flat = new Float32Array(coll.size * coll.dimensions);
  for (const [id, p] of coll.points) {
    flat.set(p.vector, ids.length * coll.dimensions);
    ids.push(id);
    payloads.push(p.payload);
  }
  rmSync(f.meta, { force: true });
  writeAtomic(f.points, JSON.stringify({ ids, payloads }));
  writeAtomic(f.vectors, new Uint8Array(flat.buffer, flat.byteOffset, flat.byteLength));
  const tmpHnsw = `${f.hnsw}.tmp-${process.pid}`;
  coll.index.save(tmpHnsw);
  renameSync(tmpHnsw, f.hnsw);
  const meta: Meta = { version: FORMAT_VERSION, dimensions: coll.dimensions, count: ids.length };
  writeAtomic(f.meta, JSON.stringify(meta));
}

export type LoadOutcome = { ok: true; graph: 'loaded' | 'rebuilt' } | { ok: false; reason: string };

/** Loads a saved collection into `coll` (which must be empty). Never throws: reports why not. */
export function loadCollection(dir: string, coll: EmbeddedCollection): LoadOutcome {
  const f = files(dir, coll.name);
  if (!existsSync(f.meta)) return { ok: false, reason: 'missing' };
  try {
    const meta = JSON.parse(readFileSync(f.meta, 'utf8')) as Meta;
    if (meta.version !== FORMAT_VERSION || meta.dimensions !== coll.dimensions) {
      return { ok: false, reason: `format or dimensions differ (${meta.version}/${meta.dimensions})` };
    }
    const { ids, payloads } = JSON.parse(readFileSync(f.points, 'utf8')) as {
      ids: string[];
      payloads: Payload[];
    };
    const buf = readFileSync(f.vectors);
    if (
      ids.length !== meta.count ||
      payloads.length !== meta.count ||
      buf.byteLength !== meta.count * meta.dimensions * 4
    ) {
      return { ok: false, reason: 'files disagree on the point count' };
    }
    const flat = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    ids.forEach((id, i) =>
      coll.restore(id, flat.slice(i * meta.dimensions, (i + 1) * meta.dimensions), payloads[i]!),
    );
    return { ok: true, graph: loadGraph(f.hnsw, coll) };
  } catch (e) {
    coll.clear();
    return { ok: false, reason: `unreadable: ${(e as Error).message}` };
  }
}

function loadGraph(path: string, coll: EmbeddedCollection): 'loaded' | 'rebuilt' {
  try {
    if (existsSync(path)) {
      coll.index.load(path);
      if (coll.index.size() === coll.size) return 'loaded';
    }
  } catch {
    // A damaged graph is not fatal: the vectors are enough to rebuild it below.
  }
  coll.reindex();
  return 'rebuilt';
}
