import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chunkResume, chunkText, detectResumeFormat, type ResumeChunk } from './index';

const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'test/fixtures/matching', name), 'utf8');

function sections(chunks: readonly ResumeChunk[]): string[] {
  return [...new Set(chunks.map((c) => c.section))];
}

function chunkWith(chunks: readonly ResumeChunk[], needle: string): ResumeChunk {
  const found = chunks.find((c) => c.text.includes(needle));
  assert.ok(found, `no chunk contains ${JSON.stringify(needle)}`);
  return found;
}

function assertSliceExact(
  source: string,
  chunks: ReadonlyArray<{ text: string; start: number; end: number; ordinal: number }>,
): void {
  chunks.forEach((c, i) => {
    assert.equal(c.ordinal, i);
    assert.equal(c.text, source.slice(c.start, c.end));
    assert.ok(c.text.length > 0);
    assert.equal(c.text.trim(), c.text, 'chunks are trimmed');
  });
}

void describe('detectResumeFormat', () => {
  void it('tells Markdown from plain text', () => {
    assert.equal(detectResumeFormat(fixture('resume-markdown.md')), 'markdown');
    assert.equal(detectResumeFormat(fixture('resume-caps.txt')), 'text');
    assert.equal(detectResumeFormat(fixture('resume-messy.txt')), 'text');
    assert.equal(detectResumeFormat('Jane Doe\n========\n\nSkills\n------\nGo'), 'markdown');
    assert.equal(detectResumeFormat('**Experience**\nAcme, **2019**'), 'markdown');
  });
});

void describe('chunkResume', () => {
  void it('splits a Markdown resume by ATX headings and keeps job sub-headings inside experience', () => {
    const text = fixture('resume-markdown.md');
    const chunks = chunkResume(text, { format: 'markdown' });
    assertSliceExact(text, chunks);
    assert.deepEqual(sections(chunks), [
      'contact',
      'summary',
      'experience',
      'education',
      'skills',
      'languages',
    ]);
    assert.equal(chunkWith(chunks, 'jose.alvarez@example.com').section, 'contact');
    assert.equal(chunkWith(chunks, 'José Álvarez-Müller').section, 'contact');
    const job = chunkWith(chunks, 'Datawerk AG');
    assert.equal(job.section, 'experience');
    assert.equal(job.heading, 'Experience');
    assert.ok(job.text.includes('Apache Kafka'), 'the job header stays with its bullets');
    assert.equal(chunkWith(chunks, 'M.Sc. Computer Science').section, 'education');
    assert.equal(chunkWith(chunks, 'Spanish (native)').section, 'languages');
  });

  void it('splits a plain-text resume by ALL-CAPS headings', () => {
    const text = fixture('resume-caps.txt');
    const chunks = chunkResume(text, { format: 'text' });
    assertSliceExact(text, chunks);
    assert.deepEqual(sections(chunks), [
      'contact',
      'summary',
      'experience',
      'education',
      'skills',
      'certifications',
    ]);
    assert.equal(chunkWith(chunks, 'Frontend developer with 4 years').heading, 'PROFESSIONAL SUMMARY');
    assert.equal(chunkWith(chunks, 'Pixelmill').heading, 'WORK EXPERIENCE');
    assert.equal(chunkWith(chunks, 'React, TypeScript, JavaScript').heading, 'TECHNICAL SKILLS');
    assert.equal(chunkWith(chunks, '(415) 555-0142').section, 'contact');
  });

  void it('handles messy pasted text with "Heading:" lines, inline headings and non-ASCII names', () => {
    const text = fixture('resume-messy.txt');
    const chunks = chunkResume(text, { format: 'text' });
    assertSliceExact(text, chunks);
    assert.equal(chunkWith(chunks, 'Tomasz Wiśniewski').section, 'contact');
    assert.equal(chunkWith(chunks, '+48 601 234 567').section, 'contact');
    assert.equal(chunkWith(chunks, 'Experienced data analyst').section, 'summary');
    assert.equal(chunkWith(chunks, 'Kantar Polska').section, 'experience');
    assert.equal(chunkWith(chunks, 'Kantar Polska').heading, 'Work History');
    assert.equal(chunkWith(chunks, 'MSc Econometrics').section, 'education');
    assert.equal(chunkWith(chunks, 'MSc Econometrics').heading, 'Education & Training');
    const skills = chunkWith(chunks, 'Skills: SQL');
    assert.equal(skills.section, 'skills');
    assert.equal(skills.heading, 'Skills');
    assert.equal(chunkWith(chunks, 'Languages: Polish').section, 'languages');
  });

  void it('recognises heading variants', () => {
    const variants: Array<[string, string]> = [
      ['Professional Experience', 'experience'],
      ['Employment', 'experience'],
      ['EMPLOYMENT HISTORY', 'experience'],
      ['Work History:', 'experience'],
      ['Technical Skills', 'skills'],
      ['Core Competencies', 'skills'],
      ['Programming Languages', 'skills'],
      ['Education & Training', 'education'],
      ['Licenses & Certifications', 'certifications'],
      ['Honors and Awards', 'awards'],
      ['Selected Projects', 'projects'],
      ['Publications', 'publications'],
      ['Career Objective', 'summary'],
      ['Contact Information', 'contact'],
      ['Hobbies', 'other'],
      ['LEADERSHIP EXPERIENCE', 'experience'],
      ['Volunteer Experience', 'other'],
    ];
    for (const [heading, section] of variants) {
      const text = `Jane Doe\njane@example.com\n\n${heading}\nSome content line about things.\n`;
      const chunks = chunkResume(text, { format: 'text' });
      assert.equal(chunkWith(chunks, 'Some content').section, section, heading);
    }
  });

  void it('recognises setext and bold-only Markdown headings; unknown bold lines are sub-headings', () => {
    const text =
      'Ana Lima\n========\nana@example.com\n\nExperience\n----------\n**Staff Engineer, Nubank**\n- Built Kafka pipelines\n\n**Education**\nBSc Physics, USP\n';
    const chunks = chunkResume(text, { format: 'markdown' });
    assertSliceExact(text, chunks);
    assert.equal(chunkWith(chunks, 'Staff Engineer, Nubank').section, 'experience');
    assert.equal(chunkWith(chunks, 'Built Kafka').heading, 'Experience');
    assert.equal(chunkWith(chunks, 'BSc Physics').section, 'education');
    assert.equal(chunkWith(chunks, 'BSc Physics').heading, 'Education');
  });

  void it('splits a long section at bullet boundaries and keeps each job header with its first bullets', () => {
    const jobs = Array.from({ length: 6 }, (_, j) =>
      [
        `Engineer ${j}, Company ${j}   2010 - 2012`,
        ...Array.from(
          { length: 5 },
          (_, b) => `- Bullet ${j}.${b} describing work done with several words in it.`,
        ),
      ].join('\n'),
    );
    const text = `EXPERIENCE\n${jobs.join('\n')}\n`;
    const chunks = chunkResume(text, { format: 'text', maxChars: 400 });
    assertSliceExact(text, chunks);
    assert.ok(chunks.length >= 3);
    for (const c of chunks) {
      assert.ok(c.text.length <= 400, `chunk of ${c.text.length} chars`);
      assert.equal(c.section, 'experience');
      assert.ok(!/Company \d+ {3}2010 - 2012$/.test(c.text), 'a header never ends a chunk');
    }
  });

  void it('never splits mid-word, even in one long paragraph without newlines', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const text = `SUMMARY\n${words.join(' ')}`;
    const chunks = chunkResume(text, { format: 'text', maxChars: 120 });
    assertSliceExact(text, chunks);
    const seen = chunks.flatMap((c) => c.text.split(/\s+/)).filter((w) => w !== 'SUMMARY');
    assert.deepEqual(seen, words);
  });

  void it('overlap repeats whole lines of the previous chunk', () => {
    const text = `SKILLS\n${Array.from({ length: 40 }, (_, i) => `- skill line number ${i}`).join('\n')}`;
    const chunks = chunkResume(text, { format: 'text', maxChars: 200, overlap: 60 });
    assertSliceExact(text, chunks);
    for (let i = 1; i < chunks.length; i++) {
      assert.ok(chunks[i]!.start < chunks[i - 1]!.end, 'chunks overlap');
      assert.ok(chunks[i - 1]!.end - chunks[i]!.start <= 60);
      assert.ok(text[chunks[i]!.start - 1] === '\n', 'overlap starts at a line start');
    }
  });

  void it('rejects nonsensical options', () => {
    assert.throws(() => chunkResume('x', { format: 'text', maxChars: 5 }));
    assert.throws(() => chunkResume('x', { format: 'text', maxChars: 100, overlap: 100 }));
  });

  void it('property: text === source.slice(start, end) for random inputs, chunks ordered and within bounds', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = [
      'EXPERIENCE',
      '## Skills',
      'Education:',
      '**Projects**',
      '-----',
      '=====',
      '- bullet item',
      '  ',
      '',
      'Zoë Nguyễn',
      'José',
      'Skills: Go, SQL',
      'a.b@c.io',
      '李明',
      'word',
      'Sentence one. Sentence two!',
      '\r',
      '\t',
      '#',
      '*',
      'x'.repeat(130),
    ];
    for (let n = 0; n < 300; n++) {
      const lines = Array.from({ length: rand(40) }, () =>
        Array.from({ length: 1 + rand(4) }, () => pieces[rand(pieces.length)]).join(rand(2) ? ' ' : ''),
      );
      const text = lines.join(rand(3) ? '\n' : '\r\n');
      for (const format of ['text', 'markdown'] as const) {
        const maxChars = 20 + rand(300);
        const chunks = chunkResume(text, { format, maxChars, overlap: rand(2) ? 0 : rand(maxChars) });
        assertSliceExact(text, chunks);
        for (const c of chunks) assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
        const covered = chunks.map((c) => c.text).join(' ');
        for (const w of text.split(/\s+/).filter(Boolean)) assert.ok(covered.includes(w), `lost ${w}`);
        assertSliceExact(text, chunkText(text, { maxChars }));
      }
    }
  });
});

void describe('chunkText', () => {
  void it('packs paragraphs up to maxChars with offsets', () => {
    const text = 'First paragraph here.\n\nSecond paragraph is a little longer than the first.\n\nThird.';
    const chunks = chunkText(text, { maxChars: 60 });
    assertSliceExact(text, chunks);
    assert.deepEqual(
      chunks.map((c) => c.text),
      ['First paragraph here.', 'Second paragraph is a little longer than the first.\n\nThird.'],
    );
    assert.deepEqual(chunkText(''), []);
  });
});
