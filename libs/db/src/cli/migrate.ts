import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { createDataSource, runMigrations } from '../data-source';

/** `npm run migrate`: applies pending migrations to the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'migrate', level: config.logging.level });
  const ds = createDataSource(config.database.postgres, { applicationName: 'resume-rag-migrate' });
  await ds.initialize();
  try {
    const applied = await runMigrations(ds);
    log.info(
      { applied, database: config.database.postgres.database },
      applied.length ? 'migrations applied' : 'schema up to date',
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`migrate failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
