import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { remoteokParser } from './remoteok.parser';
import { brief, ctx, NO_REAL, own, real } from '../spec-helpers';

void describe('remoteok parser', () => {
  void it(
    'reads the real capture: skips the legal notice, repairs mojibake (2 jobs)',
    { skip: NO_REAL },
    () => {
      const jobs = remoteokParser.parse(real('remoteok/remoteok.json'), ctx());
      assert.equal(jobs.length, 2);
      assert.deepEqual(brief(jobs[1]), {
        title: 'Mecánico Automotriz Diagnóstico y Presupuestos',
        company: 'Workana',
        location: 'Remote',
        location_type: 'remote',
        salary_min: null,
        salary_max: null,
        salary_currency: null,
        salary_period: null,
        salary_text: null,
        posted_date: '2026-09-24',
        url: 'https://remoteOK.com/remote-jobs/remote-mecanico-automotriz-diagnostico-y-presupuestos-workana-1137429',
        apply_url:
          'https://remoteOK.com/remote-jobs/remote-mecanico-automotriz-diagnostico-y-presupuestos-workana-1137429',
        source: 'remoteok',
        external_id: '1137429',
      });
      const d = jobs[1]?.description ?? '';
      assert.match(d, /^Buscamos un\/a Mecánico\/a Automotriz con experiencia en diagnóstico técnico/);
      assert.match(d, /reparación de vehículos multimarca/);
      assert.doesNotMatch(d, /Ã¡|Ã³|\u00AD/);
      assert.match(
        d,
        /Responsabilidades\n- Realizar diagnósticos de fallas mecánicas, eléctricas y electrónicas\./,
      );
      assert.equal(jobs[0]?.company, 'Mercier Consultancy Group');
      assert.equal(jobs[0]?.external_id, '1137431');
    },
  );

  void it('reads salary_min/max as yearly USD, keeps the location, drops items without a position', () => {
    const jobs = remoteokParser.parse(own('remoteok/api-with-salary.json'), ctx());
    assert.equal(jobs.length, 1);
    const job = jobs[0];
    assert.deepEqual(
      [job?.salary_min, job?.salary_max, job?.salary_currency, job?.salary_period],
      [90000, 130000, 'USD', 'year'],
    );
    assert.equal(job?.location, 'Europe');
    assert.equal(job?.apply_url, 'https://ferrumlabs.example/careers/rust');
    assert.equal(job?.description, 'Build a query engine in Rust.\n\nWe’re async-first.');
  });

  void it('a legal notice alone is no jobs; other shapes are errors', () => {
    assert.deepEqual(remoteokParser.parse('[{"last_updated": 1, "legal": "terms"}]', ctx()), []);
    assert.throws(() => remoteokParser.parse('{"jobs": []}', ctx()), /remoteok: unrecognised response shape/);
    assert.throws(
      () => remoteokParser.parse('[{"title": "x"}]', ctx()),
      /remoteok: unrecognised response shape/,
    );
  });
});
