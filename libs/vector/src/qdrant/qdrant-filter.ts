import type { PayloadFilter } from '../vector-store.port';

export interface QdrantCondition {
  key: string;
  match: { value: string | number | boolean } | { any: (string | number)[] };
}

export interface QdrantFilter {
  must: ({ has_id: string[] } | QdrantCondition)[];
}

/**
 * PayloadFilter → Qdrant `must` conditions: a scalar becomes `match.value` (exact on keyword
 * fields), an array `match.any`. Undefined entries are dropped; no conditions → no filter.
 */
export function toQdrantFilter(filter: PayloadFilter | undefined): QdrantFilter | undefined {
  if (!filter) return undefined;
  const must: QdrantCondition[] = [];
  for (const [key, v] of Object.entries(filter)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) must.push({ key, match: { any: [...(v as (string | number)[])] } });
    else must.push({ key, match: { value: v as string | number | boolean } });
  }
  return must.length > 0 ? { must } : undefined;
}
