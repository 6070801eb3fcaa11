#!/usr/bin/env node
// Runs every compiled test file (unit *.spec.js, integration *.int-spec.js, end-to-end
// *.e2e-spec.js) with node's test runner and closes on one line: "N passed, N failed, N skipped".
// Usage: node test/run.mjs [substring ...]   (only files whose path contains a substring)
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.DIST_DIR ? join(root, process.env.DIST_DIR) : join(root, 'dist');
if (!existsSync(dist)) {
  process.stderr.write('dist/ is missing: run `npm run build` first (deploy/local/test.sh does)\n');
  process.exit(2);
}
const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(spec|int-spec|e2e-spec)\.js$/.test(name)) files.push(path);
  }
};
for (const top of ['apps', 'libs', 'test']) if (existsSync(join(dist, top))) walk(join(dist, top));
const selected = files
  .filter((f) => filters.length === 0 || filters.some((s) => relative(root, f).includes(s)))
  .sort();
if (selected.length === 0) {
  process.stderr.write('no test files matched\n');
  process.exit(2);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const args = [
  '--enable-source-maps',
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${join(root, 'test', 'summary-reporter.mjs')}`,
  '--test-reporter-destination=stdout',
  ...selected,
];
const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root, env: process.env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
