import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The command that puts the weights in place; every error about model files names it. */
export const FETCH_MODELS_COMMAND = 'bash deploy/local/fetch-models.sh';

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface ManifestModel {
  modelId: string;
  role: 'embedding' | 'cross-encoder';
  dimensions?: number;
  maxSeqLength?: number;
  weights: string;
  source: Record<string, unknown>;
  files: ManifestFile[];
}

export interface ModelManifest {
  schemaVersion: number;
  fetchCommand: string;
  models: Record<string, ManifestModel>;
}

export type ModelFileState = 'ok' | 'missing' | 'size_mismatch' | 'checksum_mismatch';

export interface ModelFileStatus {
  model: string;
  path: string;
  state: ModelFileState;
}

export interface ModelFilesReport {
  ok: boolean;
  files: ModelFileStatus[];
  /** Set when not ok: what is wrong and how to fix it. */
  message?: string;
}

/** `<repo>/models` unless told otherwise; the runner and the apps start in the repo root. */
export function defaultModelsDir(): string {
  return resolve(process.cwd(), 'models');
}

export class ModelFilesError extends Error {
  override readonly name = 'ModelFilesError';
  constructor(
    message: string,
    readonly files: ModelFileStatus[],
  ) {
    super(message);
  }
}

export function loadManifest(modelsDir: string = defaultModelsDir()): ModelManifest {
  const path = join(modelsDir, 'manifest.json');
  if (!existsSync(path)) {
    throw new ModelFilesError(`model manifest ${path} is missing (it is committed with the repository)`, []);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as ModelManifest;
}

// Checksums already computed in this process, keyed by path + size + mtime: a restart pays once
// (about 0.3 s for the 90 MB ONNX file), a second check of an unchanged file pays nothing.
const verified = new Map<string, string>();

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function checkFile(modelsDir: string, model: string, file: ManifestFile): Promise<ModelFileStatus> {
  const path = join(modelsDir, model, file.path);
  const status = (state: ModelFileState): ModelFileStatus => ({ model, path, state });
  if (!existsSync(path)) return status('missing');
  const st = statSync(path);
  if (st.size !== file.size) return status('size_mismatch');
  const key = `${path}:${st.size}:${st.mtimeMs}`;
  let digest = verified.get(key);
  if (digest === undefined) {
    digest = await sha256Of(path);
    verified.set(key, digest);
  }
  return status(digest === file.sha256 ? 'ok' : 'checksum_mismatch');
}

/** Per-file state of the named models (all in the manifest when none named); never throws for bad files. */
export async function checkModelFiles(
  opts: { modelsDir?: string; models?: readonly string[] } = {},
): Promise<ModelFilesReport> {
  const modelsDir = opts.modelsDir ?? defaultModelsDir();
  let manifest: ModelManifest;
  try {
    manifest = loadManifest(modelsDir);
  } catch (e) {
    return { ok: false, files: [], message: (e as Error).message };
  }
  const names = opts.models ?? Object.keys(manifest.models);
  const files: ModelFileStatus[] = [];
  for (const name of names) {
    const model = manifest.models[name];
    if (!model) {
      files.push({ model: name, path: join(modelsDir, name), state: 'missing' });
      continue;
    }
    for (const f of model.files) files.push(await checkFile(modelsDir, name, f));
  }
  const bad = files.filter((f) => f.state !== 'ok');
  if (bad.length === 0) return { ok: true, files };
  const list = bad.map((f) => `${f.path} (${f.state.replace('_', ' ')})`).join(', ');
  return { ok: false, files, message: `model files not usable: ${list}; run \`${FETCH_MODELS_COMMAND}\`` };
}

/** Start-up check: throws a ModelFilesError naming each bad file and the fetch command. */
export async function verifyModelFiles(model: string, modelsDir: string = defaultModelsDir()): Promise<ManifestModel> {
  const report = await checkModelFiles({ modelsDir, models: [model] });
  if (!report.ok) throw new ModelFilesError(report.message ?? 'model files not usable', report.files);
  return loadManifest(modelsDir).models[model] as ManifestModel;
}

/** Names of the manifest's models with the given role. */
export function modelsWithRole(role: ManifestModel['role'], modelsDir: string = defaultModelsDir()): string[] {
  const manifest = loadManifest(modelsDir);
  return Object.entries(manifest.models)
    .filter(([, m]) => m.role === role)
    .map(([name]) => name);
}
