import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodIssue } from 'zod';
import { configSchema, type AppConfig } from './config.schema';
import { interpolate } from './interpolate';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
  }
}

export interface LoadConfigOptions {
  /** YAML file; default $CONFIG_FILE or deploy/config/config.yaml under the working directory. */
  file?: string;
  env?: NodeJS.ProcessEnv;
  /** Deep-merged over the file after interpolation; tests use it. */
  overrides?: DeepPartial<Record<string, unknown>>;
}

type DeepPartial<T> = { [K in keyof T]?: unknown };

/** Environment overrides: RR_<SECTION>__<KEY>[__<KEY>]=value, e.g. RR_SERVER__PORT=9090. */
export const ENV_OVERRIDE_PREFIX = 'RR_';

export function loadConfig(opts: LoadConfigOptions = {}): AppConfig {
  const env = opts.env ?? process.env;
  const file = opts.file ?? env.CONFIG_FILE ?? resolve(process.cwd(), 'deploy/config/config.yaml');
  if (!existsSync(file)) throw new ConfigError([`config file not found: ${file} (set CONFIG_FILE)`]);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError([`${file} is not valid YAML: ${(e as Error).message}`]);
  }
  let tree = interpolate(raw, env) as Record<string, unknown>;
  tree = deepMerge(tree, envOverrides(env));
  if (opts.overrides) tree = deepMerge(tree, opts.overrides);
  const result = configSchema.safeParse(tree);
  if (!result.success) throw new ConfigError(result.error.issues.map(describeIssue));
  return result.data;
}

function describeIssue(issue: ZodIssue): string {
  const key = issue.path.join('.') || '(root)';
  if (issue.code === 'unrecognized_keys') return `${key}: unknown key(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `${key}: is required`;
  return `${key}: ${issue.message}`;
}

function envOverrides(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ENV_OVERRIDE_PREFIX) || value === undefined) continue;
    const path = name.slice(ENV_OVERRIDE_PREFIX.length).toLowerCase().split('__');
    let node = out;
    path.slice(0, -1).forEach((part) => {
      node[part] = node[part] ?? {};
      node = node[part] as Record<string, unknown>;
    });
    const leaf = path[path.length - 1] ?? '';
    node[leaf] = value.startsWith('[') ? JSON.parse(value) : value;
  }
  return out;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
