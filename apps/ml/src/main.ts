import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/logging';
import { closeOnSignals, createMlApp, listenMl } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ service: 'ml', level: config.logging.level });
  const app = await createMlApp(config, log);
  closeOnSignals(app, log);
  await listenMl(app, config.ml_service.host, config.ml_service.port);
}

main().catch((err: unknown) => {
  process.stderr.write(`ml service failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
