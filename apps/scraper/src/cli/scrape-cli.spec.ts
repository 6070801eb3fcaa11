import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OUTPUT_KEYS } from './parse.command';

// The compiled CLI sits beside this compiled spec.
const CLI = join(__dirname, 'scrape-cli.js');
const REAL = resolve(process.cwd(), '../shared/fixtures/real');
const OWN = resolve(process.cwd(), 'test/fixtures/scraping');
const NO_REAL = existsSync(REAL) ? false : `real captures not found at ${REAL}; skipping`;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  const lines = r.stdout.split('\n').filter(Boolean);
  return {
    code: r.status,
    stderr: r.stderr,
    records: lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

void describe('scrape CLI: parse', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'scrape-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  void it(
    'prints the real Built In capture as 10 JSON lines with exactly the documented keys',
    { skip: NO_REAL },
    () => {
      const r = cli(['parse', '--source', 'builtin', '--file', join(REAL, 'builtin/builtin.html')]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.records.length, 10);
      for (const rec of r.records) assert.deepEqual(Object.keys(rec), [...OUTPUT_KEYS]);
      assert.deepEqual(
        [r.records[1]?.company, r.records[1]?.salary_min, r.records[1]?.external_id],
        ['Zynga', 71000, '10924284'],
      );
    },
  );

  void it('resolves relative dates against --scraped-at (real YC list page)', { skip: NO_REAL }, () => {
    const r = cli([
      'parse',
      '--source',
      'ycombinator',
      '--file',
      join(REAL, 'ycombinator/list-diode.html'),
      '--scraped-at',
      '2026-09-25T12:00:00Z',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.records.map((x) => x.posted_date),
      ['2026-01-25', '2025-09-25'],
    );
  });

  void it('takes the company from --url for slug-named boards, and reads stdin with --file -', () => {
    const body = JSON.stringify([
      {
        id: 'p1',
        text: 'QA Engineer',
        hostedUrl: '',
        categories: { location: 'Remote' },
        createdAt: 1756300000000,
      },
    ]);
    const r = cli(
      ['parse', '--source', 'lever', '--file', '-', '--url', 'https://api.lever.co/v0/postings/northpine'],
      body,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      [r.records[0]?.company, r.records[0]?.location_type, r.records[0]?.external_id],
      ['northpine', 'remote', 'p1'],
    );
  });

  void it('reads an own fixture (HN search hits: 3 postings)', () => {
    const r = cli(['parse', '--source', 'hackernews', '--file', join(OWN, 'hackernews/search-hits.json')]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.records.map((x) => x.external_id),
      ['41000001', '41000002', '41000005'],
    );
  });

  void it('exits 1 with a message on a file it cannot parse', () => {
    const bad = join(dir, 'blocked.html');
    writeFileSync(bad, '<!DOCTYPE html><html><body>Access denied</body></html>');
    const r = cli(['parse', '--source', 'greenhouse', '--file', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.records.length, 0);
    assert.match(r.stderr, /greenhouse: expected JSON but the body is HTML/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, '{"unexpected": true}');
    const r2 = cli(['parse', '--source', 'wellfound', '--file', wrong]);
    assert.equal(r2.code, 1);
    assert.match(r2.stderr, /wellfound: unrecognised response shape/);
  });

  void it('exits 2 on an unknown source, a missing file, missing flags and a bad --scraped-at', () => {
    const unknown = cli(['parse', '--source', 'monster', '--file', 'x.json']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown source "monster"/);
    const missing = cli(['parse', '--source', 'lever', '--file', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /file not found/);
    assert.equal(cli(['parse', '--source', 'lever']).code, 2);
    assert.match(
      cli(['parse', '--source', 'lever', '--file', CLI, '--scraped-at', 'soon']).stderr,
      /not an ISO date/,
    );
    assert.equal(cli([]).code, 2);
  });

  void it('import refuses a missing file or an unreadable body before touching the pipeline', () => {
    const missing = cli(['import', '--source', 'lever', '--file', 'no-such-file.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /file not found: no-such-file\.json/);
    const bad = cli(['import', '--source', 'lever', '--file', CLI]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /lever/);
  });
});
