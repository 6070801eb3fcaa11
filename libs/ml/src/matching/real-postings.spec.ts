// analyzeJob / scoreMatch on real job-board captures (../shared/fixtures/real): invariants only
// (evidence offsets exact, scores in range, deterministic), since the postings are not labeled.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getParser, isSourceName, type NormalizedJob } from '@app/scraping';
import { chunkText } from '../chunking';
import { analyzeJob } from './job.analyzer';
import type { Evidence } from './match.types';
import { scoreMatch } from './match.scorer';
import { analyzeResume } from './resume.analyzer';

const realDir = resolve(process.cwd(), '../shared/fixtures/real');
const fixtures = resolve(process.cwd(), 'test/fixtures/matching');
const now = new Date('2026-11-24T00:00:00Z');

function realJobs(): NormalizedJob[] {
  const jobs: NormalizedJob[] = [];
  for (const source of readdirSync(realDir)) {
    if (!isSourceName(source)) continue;
    for (const file of readdirSync(join(realDir, source))) {
      const body = readFileSync(join(realDir, source, file), 'utf8');
      try {
        jobs.push(...getParser(source).parse(body, { scrapedAt: now }));
      } catch {
        // Some captures are list pages a parser does not take; the parser specs cover those.
      }
    }
  }
  return jobs;
}

function assertExact(e: Evidence | null | undefined, description: string, title: string): void {
  if (!e) return;
  const source = e.source === 'title' ? title : description;
  assert.equal(source.slice(e.start, e.end), e.text);
  assert.ok(e.text.length > 0 && e.text.length <= 400, `evidence of ${e.text.length} chars`);
}

void describe(
  'matching on real postings',
  { skip: existsSync(realDir) ? false : `no captures at ${realDir}` },
  () => {
    void it('analyzes and scores every parsed posting with exact evidence offsets', () => {
      const jobs = realJobs();
      assert.ok(jobs.length >= 5, `only ${jobs.length} jobs parsed`);
      const resumes = readdirSync(fixtures)
        .filter((f) => f.startsWith('resume-'))
        .map((f) => analyzeResume(readFileSync(join(fixtures, f), 'utf8'), undefined, { now }));
      for (const job of jobs) {
        const description = job.description;
        const a = analyzeJob(description, job.title);
        assert.deepEqual(analyzeJob(description, job.title), a, 'deterministic');
        for (const s of a.skills) assertExact(s.evidence, description, job.title);
        assertExact(a.experience?.evidence, description, job.title);
        assertExact(a.education.evidence, description, job.title);
        for (const r of resumes) {
          const m = scoreMatch(a, r);
          for (const v of [m.overall, m.skills_score, m.experience_score, m.education_score]) {
            assert.ok(Number.isInteger(v) && v >= 0 && v <= 100, `${job.title}: ${v}`);
          }
          assert.equal(m.matched_skills.length + m.missing_skills.length, a.skills.length);
        }
        for (const c of chunkText(description, { maxChars: 500 }))
          assert.equal(description.slice(c.start, c.end), c.text);
      }
    });
  },
);
