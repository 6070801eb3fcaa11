import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createLogger } from '@app/logging';
import { SearchEngineModule } from '@app/ml';
import { createTestDatabase, testConfig, TestApiClient, type TestDatabase } from '@app/testing';
import type { AppConfig } from '@app/config';

let db: TestDatabase;
let app: NestFastifyApplication;
let base: string;
let jobId: string;

async function boot(config: AppConfig): Promise<{ app: NestFastifyApplication; base: string }> {
  const a = await createApiApp(config, createLogger({ service: 'api-test', level: 'silent' }), [
    SearchEngineModule,
  ]);
  await a.listen({ host: '127.0.0.1', port: 0 });
  const addr = a.getHttpServer().address();
  if (!addr || typeof addr !== 'object') throw new Error('no address');
  return { app: a, base: `http://127.0.0.1:${addr.port}` };
}

before(async () => {
  const seed = testConfig({}, 'api');
  db = await createTestDatabase(seed.database.postgres, 'api');
  const config = testConfig(
    {
      database: { postgres: { database: db.name } },
      server: { body_limit: 16_384 },
      rate_limit: { enabled: false },
      auth: { login_max_failures: 3 },
    },
    'api',
  );
  ({ app, base } = await boot(config));
  const rows = await db.ds.query(
    `INSERT INTO jobs (url, title, company_name, description, source) VALUES
     ('https://jobs.example/1', 'Backend Engineer', 'Acme', 'Build APIs', 'greenhouse') RETURNING id`,
  );
  jobId = rows[0].id;
});

after(async () => {
  await app?.close();
  await db?.drop();
});

describe('accounts', () => {
  it('registers, signs in, reads the current user, and signs out', async () => {
    const c = new TestApiClient(base);
    const me = await c.signUp('ada');
    assert.match(c.token!, /^rr_/);
    const who = await c.get('/api/auth/me');
    assert.equal(who.status, 200);
    assert.equal(who.body.email, me.email);
    assert.equal(who.body.password_hash, undefined);

    const again = new TestApiClient(base);
    const login = await again.post('/api/auth/login', {
      email: me.email.toUpperCase(),
      password: me.password,
    });
    assert.equal(login.status, 200);
    again.token = login.body.token;
    assert.equal((await again.post('/api/auth/logout')).status, 204);
    const after = await again.get('/api/auth/me');
    assert.equal(after.status, 401);
    assert.equal((await c.get('/api/auth/me')).status, 200, 'the other session stays valid');
  });

  it('stores only hashes: no plain password or token in the database', async () => {
    const c = new TestApiClient(base);
    const me = await c.signUp('hash');
    const user = (await db.ds.query(`SELECT password_hash FROM users WHERE id = $1`, [me.id]))[0];
    assert.match(user.password_hash, /^scrypt\$32768\$8\$1\$/);
    assert.ok(!user.password_hash.includes(me.password));
    const tokens = await db.ds.query(`SELECT token_hash FROM user_sessions WHERE user_id = $1`, [me.id]);
    assert.equal(tokens.length, 1);
    assert.notEqual(tokens[0].token_hash, c.token);
    assert.match(tokens[0].token_hash, /^[0-9a-f]{64}$/);
  });

  it('refuses a second account with the same e-mail (409)', async () => {
    const c = new TestApiClient(base);
    const me = await c.signUp('dup');
    const res = await new TestApiClient(base).post('/api/auth/register', {
      email: me.email,
      password: 'another-password',
    });
    assert.equal(res.status, 409);
    assert.match(res.body.message, /already exists/);
  });

  it('locks sign-in after repeated failures, even with the right password', async () => {
    const c = new TestApiClient(base);
    const me = await c.signUp('brute');
    const anon = new TestApiClient(base);
    for (let i = 0; i < 3; i++) {
      const bad = await anon.post('/api/auth/login', { email: me.email, password: `wrong-${i}` });
      assert.equal(bad.status, 401);
      assert.equal(bad.body.message, 'wrong e-mail or password');
    }
    const locked = await anon.post('/api/auth/login', { email: me.email, password: me.password });
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
  });
});

describe('tenant isolation', () => {
  it("user B can never read or change user A's application (404, not 403)", async () => {
    const a = new TestApiClient(base);
    await a.signUp('alice');
    const b = new TestApiClient(base);
    await b.signUp('bob');
    const created = await a.post('/api/job-list/applications', { job_id: jobId, notes: 'referral from Sam' });
    assert.equal(created.status, 201);
    const id = created.body.id;

    for (const res of [
      await b.get(`/api/job-list/applications/${id}`),
      await b.put(`/api/job-list/applications/${id}`, { status: 'rejected' }),
      await b.delete(`/api/job-list/applications/${id}`),
    ]) {
      assert.equal(res.status, 404);
      assert.doesNotMatch(JSON.stringify(res.body), /referral/);
    }
    assert.deepEqual((await b.get('/api/job-list/applications')).body.applications, []);
    const mine = await a.get(`/api/job-list/applications/${id}`);
    assert.equal(mine.status, 200);
    assert.equal(mine.body.status, 'saved', "B's attempted update changed nothing");
    // B may track the same job separately.
    assert.equal((await b.post('/api/job-list/applications', { job_id: jobId })).status, 201);
  });

  it('records each status change on the timeline', async () => {
    const a = new TestApiClient(base);
    await a.signUp('timeline');
    const { body } = await a.post('/api/job-list/applications', { job_id: jobId });
    await a.put(`/api/job-list/applications/${body.id}`, {
      status: 'applied',
      timeline_note: 'sent via site',
    });
    const res = await a.put(`/api/job-list/applications/${body.id}`, { status: 'interviewing' });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.timeline.map((t: { old_status: string | null; new_status: string }) => [
        t.old_status,
        t.new_status,
      ]),
      [
        [null, 'saved'],
        ['saved', 'applied'],
        ['applied', 'interviewing'],
      ],
    );
    assert.match(res.body.applied_date, /^\d{4}-\d{2}-\d{2}/);
    assert.equal((await a.post('/api/job-list/applications', { job_id: jobId })).status, 409);
  });
});

describe('bad requests get a clear 4xx', () => {
  it('rejects unknown fields, wrong types, bad ids, bad JSON, big bodies and missing auth', async () => {
    const c = new TestApiClient(base);
    await c.signUp('bad');
    const unknown = await c.post('/api/job-list/applications', { job_id: jobId, salary: 1 });
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.message, ['salary: should not exist']);

    const wrongType = await c.post('/api/job-list/applications', { job_id: 42, status: 'hired' });
    assert.equal(wrongType.status, 400);
    assert.ok(
      wrongType.body.message.some((m: string) => /^job_id: .*UUID/.test(m)),
      JSON.stringify(wrongType.body),
    );
    assert.ok(wrongType.body.message.some((m: string) => /^status: must be one of/.test(m)));

    const badId = await c.get('/api/job-list/applications/not-a-uuid');
    assert.equal(badId.status, 400);

    const badJson = await c.request('POST', '/api/job-list/applications', '{"job_id": ');
    assert.equal(badJson.status, 400);

    const big = await c.post('/api/job-list/applications', { job_id: jobId, notes: 'x'.repeat(20_000) });
    assert.equal(big.status, 413);

    const missingJob = await c.post('/api/job-list/applications', {
      job_id: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(missingJob.status, 404);

    const anon = await new TestApiClient(base).get('/api/job-list/applications');
    assert.equal(anon.status, 401);
    assert.match(anon.body.message, /bearer token/);
    const forged = await new TestApiClient(base, 'rr_' + 'A'.repeat(43)).get('/api/auth/me');
    assert.equal(forged.status, 401);

    for (const r of [unknown, wrongType, badId, badJson, big, anon]) {
      assert.equal(typeof r.body.requestId, 'string');
      assert.doesNotMatch(JSON.stringify(r.body), /at .*\.js:\d+/, 'no stack trace');
    }
  });

  it('answers an unknown route with 404', async () => {
    const res = await new TestApiClient(base).get('/api/nope');
    assert.equal(res.status, 404);
  });
});

describe('platform endpoints', () => {
  it('reports readiness of every dependency by name', async () => {
    const res = await new TestApiClient(base).get('/api/health/ready');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    for (const name of ['postgres', 'nats', 'streams', 'vector_store', 'models']) {
      assert.equal(res.body.checks[name].state, 'ok', name);
    }
  });

  it('serves metrics, the OpenAPI document, request ids and CORS', async () => {
    const c = new TestApiClient(base);
    const metrics = await c.get('/metrics');
    assert.match(String(metrics.body), /resume_rag_http_request_duration_seconds_bucket/);
    const doc = await c.get('/api/docs/openapi.json');
    assert.equal(doc.status, 200);
    assert.ok(doc.body.paths['/api/job-list/applications']);
    assert.ok(doc.body.paths['/api/auth/login']);
    const traced = await c.request('GET', '/api/health', undefined, { 'x-request-id': 'trace-123' });
    assert.equal(traced.headers.get('x-request-id'), 'trace-123');
    const preflight = await c.request('OPTIONS', '/api/auth/login', undefined, {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const foreign = await c.request('OPTIONS', '/api/auth/login', undefined, {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once the burst is spent', async () => {
    const config = testConfig(
      {
        database: { postgres: { database: db.name } },
        rate_limit: { enabled: true, requests_per_minute: 6, burst: 3 },
      },
      'apirl',
    );
    const limited = await boot(config);
    try {
      const c = new TestApiClient(limited.base);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await c.get('/api/auth/me')).status);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      const last = await c.get('/api/auth/me');
      assert.equal(last.status, 429);
      assert.equal(last.headers.get('retry-after'), '10');
      assert.equal((await c.get('/api/health')).status, 200, 'health is never limited');
    } finally {
      await limited.app.close();
    }
  });
});
