import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '@app/config';

export type PostgresConfig = AppConfig['database']['postgres'];

/** Compiled migrations live in dist/migrations; tests and the CLI run the same files. */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.js');

export interface CreateDataSourceOptions {
  applicationName?: string;
  /** Override the database name (tests use one database per file). */
  database?: string;
}

export function createDataSource(pg: PostgresConfig, opts: CreateDataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    host: pg.host,
    port: pg.port,
    username: pg.user,
    password: pg.password,
    database: opts.database ?? pg.database,
    applicationName: opts.applicationName ?? 'resume-rag',
    poolSize: pg.pool_size,
    synchronize: false,
    migrationsRun: false,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'schema_migrations',
    entities: [],
    logging: false,
    extra: { connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
  });
}

export async function runMigrations(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** A query runner for callers that may or may not be inside a transaction. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * Rows of a statement. TypeORM's postgres driver returns [rows, rowCount] for UPDATE and
 * DELETE (with or without RETURNING) and plain rows otherwise; callers should not care.
 */
export async function queryRows<T>(q: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await q.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
