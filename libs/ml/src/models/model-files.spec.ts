import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkModelFiles, FETCH_MODELS_COMMAND, ModelFilesError, verifyModelFiles } from './model-files';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

void describe('model file checks against the manifest', () => {
  let dir: string;
  const write = (path: string, body: string): void => writeFileSync(join(dir, 'tiny', path), body);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'model-files-'));
    mkdirSync(join(dir, 'tiny'));
    const files = [
      { path: 'a.bin', sha256: sha('alpha'), size: 5 },
      { path: 'b.json', sha256: sha('{"b":1}'), size: 7 },
    ];
    const manifest = { schemaVersion: 1, fetchCommand: FETCH_MODELS_COMMAND, models: { tiny: { modelId: 'x/tiny', role: 'embedding', weights: 'test', source: {}, files } } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  void it('reports a missing file by path and names the fetch command', async () => {
    write('a.bin', 'alpha');
    rmSync(join(dir, 'tiny', 'b.json'), { force: true });
    const report = await checkModelFiles({ modelsDir: dir });
    assert.equal(report.ok, false);
    assert.deepEqual(report.files.map((f) => f.state), ['ok', 'missing']);
    assert.match(report.message ?? '', /tiny\/b\.json \(missing\)/);
    assert.ok(report.message?.includes(FETCH_MODELS_COMMAND));
  });

  void it('tells a size mismatch from a checksum mismatch (same size, other bytes)', async () => {
    write('a.bin', 'alphabet');
    write('b.json', '{"b":2}');
    const report = await checkModelFiles({ modelsDir: dir });
    assert.deepEqual(report.files.map((f) => f.state), ['size_mismatch', 'checksum_mismatch']);
  });

  void it('passes when every file matches, and verifyModelFiles returns the entry', async () => {
    write('a.bin', 'alpha');
    write('b.json', '{"b":1}');
    assert.equal((await checkModelFiles({ modelsDir: dir })).ok, true);
    assert.equal((await verifyModelFiles('tiny', dir)).modelId, 'x/tiny');
  });

  void it('verifyModelFiles throws a ModelFilesError naming the file and the command', async () => {
    write('b.json', '{"b":3}');
    await assert.rejects(verifyModelFiles('tiny', dir), (e: unknown) => {
      assert.ok(e instanceof ModelFilesError);
      assert.match(e.message, /b\.json \(checksum mismatch\)/);
      assert.ok(e.message.includes(FETCH_MODELS_COMMAND));
      return true;
    });
  });

  void it('reports an unknown model and a missing manifest without throwing', async () => {
    const unknown = await checkModelFiles({ modelsDir: dir, models: ['nope'] });
    assert.equal(unknown.ok, false);
    const none = await checkModelFiles({ modelsDir: join(dir, 'absent') });
    assert.equal(none.ok, false);
    assert.match(none.message ?? '', /manifest/);
  });
});
