import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations, type PostgresConfig } from '@app/db';

const TEMPLATE = 'resume_rag_test_template';
const LOCK_KEY = 73_310_001;

export interface TestDatabase {
  name: string;
  ds: DataSource;
  pg: PostgresConfig;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from a template that the real migrations built
 * (Immich's medium tests do the same). The template is brought up to date under an advisory
 * lock, so parallel test files never race.
 */
export async function createTestDatabase(
  pg: PostgresConfig,
  label = 'test',
  poolSize = 10,
): Promise<TestDatabase> {
  const name = `t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({
    host: pg.host,
    port: pg.port,
    user: pg.user,
    password: pg.password,
    database: 'postgres',
  });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    const tpl = createDataSource(
      { ...pg, pool_size: 1 },
      { database: TEMPLATE, applicationName: 'test-template' },
    );
    await tpl.initialize();
    try {
      await runMigrations(tpl);
    } finally {
      await tpl.destroy();
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await admin.end();
  }
  const ds = await createDataSource(
    { ...pg, pool_size: poolSize },
    { database: name, applicationName: `test:${label}` },
  ).initialize();
  return {
    name,
    ds,
    pg: { ...pg, database: name },
    drop: async () => {
      if (ds.isInitialized) await ds.destroy();
      const c = new Client({
        host: pg.host,
        port: pg.port,
        user: pg.user,
        password: pg.password,
        database: 'postgres',
      });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
