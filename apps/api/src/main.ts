import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { resolve } from 'node:path';
import { createLogger } from '@app/logging';
import { checkModelFiles, SearchEngineModule } from '@app/ml';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'api', level: config.logging.level });
  // Queries are embedded and reranked in-process; without usable model files the API still
  // serves everything else and readiness names the problem.
  const models = await checkModelFiles({
    modelsDir: resolve(config.models.dir),
    models: [config.models.embedding],
  });
  if (!models.ok) log.error({ problem: models.message }, 'model files unusable: search stays off');
  const app = await createApiApp(config, log, models.ok ? [SearchEngineModule] : []);
  await app.listen({ host: config.server.host, port: config.server.port });
  log.info({ url: `http://${config.server.host}:${config.server.port}` }, 'api listening');
}

main().catch((err: unknown) => {
  process.stderr.write(`api failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
