import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PermanentError } from '@app/contracts';
import { SOURCE_NAMES } from '../types';
import { detectShape, detectSource, getParser, PARSERS } from './registry';
import { ctx, NO_REAL, own, real } from './spec-helpers';

void describe('parser registry', () => {
  void it('has one parser per source name, each reporting its own name', () => {
    assert.deepEqual(Object.keys(PARSERS).sort(), [...SOURCE_NAMES].sort());
    for (const name of SOURCE_NAMES) assert.equal(getParser(name).source, name);
  });

  void it('getParser rejects an unknown name with a not_found PermanentError', () => {
    assert.throws(
      () => getParser('monster'),
      (err: unknown) =>
        err instanceof PermanentError &&
        err.kind === 'not_found' &&
        /unknown source "monster"/.test(err.message),
    );
  });

  void it('every parser throws PermanentError on empty, garbage and truncated bodies', () => {
    for (const name of SOURCE_NAMES) {
      const parser = getParser(name);
      for (const body of ['', '   ', 'not a page at all', '{"truncated": ']) {
        assert.throws(() => parser.parse(body, ctx()), PermanentError, `${name} on ${JSON.stringify(body)}`);
      }
    }
  });

  void it('detectShape tells JSON, HTML, text and empty apart', () => {
    assert.deepEqual(['\uFEFF{"a":1}', ' [1]', '<!doctype html>', 'hello', '  '].map(detectShape), [
      'json',
      'json',
      'html',
      'text',
      'empty',
    ]);
  });

  void it('detectSource recognises every real capture', { skip: NO_REAL }, () => {
    const cases: Array<[string, string]> = [
      ['builtin/builtin.html', 'builtin'],
      ['greenhouse/greenhouse.json', 'greenhouse'],
      ['lever/lever.json', 'lever'],
      ['ashby/ashby.json', 'ashby'],
      ['remoteok/remoteok.json', 'remoteok'],
      ['hackernews/hackernews.json', 'hackernews'],
      ['wellfound/response_2024-03-26_23-17-12_page_1.json', 'wellfound'],
      ['ycombinator/list-diode.html', 'ycombinator'],
      ['ycombinator/detail-diode-staff.html', 'ycombinator'],
    ];
    for (const [file, source] of cases) assert.equal(detectSource(real(file)), source, file);
  });

  void it('detectSource recognises the own Indeed and Dice fixtures and gives up on unknown bodies', () => {
    assert.equal(detectSource(own('indeed/results-page.html')), 'indeed');
    assert.equal(detectSource(own('indeed/graphql-jobsearch.json')), 'indeed');
    assert.equal(detectSource(own('dice/search-api.json')), 'dice');
    assert.equal(detectSource('{"items": []}'), null);
  });
});
