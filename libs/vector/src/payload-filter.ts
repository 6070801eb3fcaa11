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

type Condition = [string, Exclude<FilterValue, undefined>];

/**
 * The reference semantics of PayloadFilter (see the port): AND over keys, equality or any-of.
 * Compiled once per query so scanning thousands of payloads does not re-read the filter.
 */
export function compileFilter(filter: PayloadFilter | undefined): (payload: Payload) => boolean {
  const conds = filter ? (Object.entries(filter).filter(([, v]) => v !== undefined) as Condition[]) : [];
  if (conds.length === 0) return () => true;
  return (payload) => {
    for (const [key, expected] of conds) if (!valueMatches(payload[key], expected)) return false;
    return true;
  };
}

export function matchesFilter(payload: Payload, filter: PayloadFilter | undefined): boolean {
  return compileFilter(filter)(payload);
}

export function hasConditions(filter: PayloadFilter | undefined): filter is PayloadFilter {
  return !!filter && Object.values(filter).some((v) => v !== undefined);
}
