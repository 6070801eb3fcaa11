const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "2m", "1h30m", "7d", "250ms" or a bare number of milliseconds → milliseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw new Error(`not a duration: ${value}`);
    return value;
  }
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (UNITS[m[2] ?? ''] ?? NaN);
    consumed = re.lastIndex;
  }
  if (consumed !== text.length || text.length === 0 || !Number.isFinite(total)) {
    throw new Error(`not a duration: "${value}" (use e.g. 500ms, 30s, 2m, 1h, 7d)`);
  }
  return total;
}
