import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { checkModelFiles } from '@app/ml';
import { createApiApp } from '../../api/src/bootstrap';
import { pipelineFeatures } from './pipeline-features';

/**
 * The single-machine default: the API and every consumer module in one Node process.
 * They still talk only through JetStream subjects, exactly as when deployed apart.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'all-in-one', level: config.logging.level });
  const models = await checkModelFiles({
    modelsDir: resolve(config.models.dir),
    models: [config.models.embedding],
  });
  if (!models.ok) log.error({ problem: models.message }, 'model files unusable: the ML parts stay off');
  const app = await createApiApp(config, log, pipelineFeatures(models.ok));
  await app.listen({ host: config.server.host, port: config.server.port });
  log.info({ url: `http://${config.server.host}:${config.server.port}` }, 'resume-rag all-in-one listening');
}

main().catch((err: unknown) => {
  process.stderr.write(`all-in-one failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
