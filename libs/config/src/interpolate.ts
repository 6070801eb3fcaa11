/**
 * Replaces ${VAR} and ${VAR:-default} in every string of a parsed YAML tree.
 * A ${VAR} with no value and no default becomes undefined, so the schema names the key.
 */
export function interpolate(node: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof node === 'string') return interpolateString(node, env);
  if (Array.isArray(node)) return node.map((item) => interpolate(item, env));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = interpolate(v, env);
    return out;
  }
  return node;
}

const WHOLE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s;
const PART = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

function interpolateString(text: string, env: NodeJS.ProcessEnv): string | undefined {
  const whole = WHOLE.exec(text);
  if (whole) {
    const value = env[whole[1] ?? ''];
    if (value !== undefined && value !== '') return value;
    return whole[2];
  }
  return text.replace(PART, (_m, name: string, def?: string) => env[name] || def || '');
}
