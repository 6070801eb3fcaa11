import { createHash } from 'node:crypto';

/** Fixed namespace so the same string id always maps to the same UUID across runs and hosts. */
export const POINT_ID_NAMESPACE = '6f1d3c52-8a4e-5b7f-9c2d-1e0a4b6c8d9e';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 4122 version-5 UUID (SHA-1, namespace + name): Qdrant point ids must be UUIDs or integers. */
export function uuidV5(name: string, namespace: string = POINT_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** 63-bit key for usearch (keys are uint64; the top bit stays clear to avoid its sentinel values). */
export function pointKey(id: string): bigint {
  const hash = createHash('sha256').update(id, 'utf8').digest();
  return hash.readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
}
