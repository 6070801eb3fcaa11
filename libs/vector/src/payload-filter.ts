import type { FilterValue, Payload, PayloadFilter, PayloadValue } from './vector-store.port';

type Scalar = string | number | boolean;

function scalarMatches(actual: PayloadValue | undefined, expected: Scalar): boolean {
  if (actual === undefined || actual === null) return false;
  if (Array.isArray(actual)) return actual.some((a) => a === expected);
  return actual === expected;
}

function valueMatches(actual: PayloadValue | undefined, expected: Exclude<FilterValue, undefined>): boolean {
  if (Array.isArray(expected)) return expected.some((e: string | number) => scalarMatches(actual, e));
  return scalarMatches(actual, expected as Scalar);
}

/** The reference semantics of PayloadFilter (see the port): AND over keys, equality or any-of. */
export function matchesFilter(payload: Payload, filter: PayloadFilter | undefined): boolean {
  if (!filter) return true;
  for (const [key, expected] of Object.entries(filter)) {
    if (expected === undefined) continue;
    if (!valueMatches(payload[key], expected)) return false;
  }
  return true;
}

export function hasConditions(filter: PayloadFilter | undefined): filter is PayloadFilter {
  return !!filter && Object.values(filter).some((v) => v !== undefined);
}
